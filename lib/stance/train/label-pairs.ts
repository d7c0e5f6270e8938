/**
 * Labels many headline × body pairs, preparing each body once.
 */
import type { StanceModel, PreparedBody } from '../create-stance-model.ts';
import type { StanceLabel } from '../stance-labels.ts';

/** Predicts a stance for every pair, in order. Every `bodyId` must be in `bodies`. */
export function labelPairs(
  model: StanceModel,
  bodies: ReadonlyMap<string, string>,
  pairs: readonly { headline: string; bodyId: string }[],
): StanceLabel[] {
  const prepared = new Map<string, PreparedBody>();
  return pairs.map(({ headline, bodyId }) => {
    let body = prepared.get(bodyId);
    if (!body) {
      const text = bodies.get(bodyId);
      if (text === undefined) throw new Error(`labelPairs: unknown Body ID ${bodyId}`);
      body = model.prepareBody(text);
      prepared.set(bodyId, body);
    }
    return model.predict(headline, body).label;
  });
}
