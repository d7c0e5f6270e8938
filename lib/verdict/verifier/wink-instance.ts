import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The shared wink-nlp pipeline (POS tags, lemmas, negation scope), created on first use: loading costs ~200 ms. */
let instance: ReturnType<typeof winkNLP> | null = null;

/** Returns the process-wide wink-nlp instance, creating it on first call. */
export function getWink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['pos', 'negation']);
  return instance;
}
