/** The stance network's forward pass over sparse inputs, shared by inference and training. */

/** A run of non-zero inputs starting at `offset` in the input vector. */
export interface InputSegment {
  offset: number;
  index: ArrayLike<number>;
  value: ArrayLike<number>;
}

/** Computes first-layer pre-activations of an example into `z` (which must hold b1 on entry). */
export function addInputs(z: Float64Array | Float32Array, segments: readonly InputSegment[], w1: ArrayLike<number>, hidden: number): void {
  for (const seg of segments) {
    for (let k = 0; k < seg.index.length; k++) {
      const v = seg.value[k]!;
      if (v === 0) continue;
      const base = (seg.offset + seg.index[k]!) * hidden;
      for (let j = 0; j < hidden; j++) z[j]! += v * w1[base + j]!;
    }
  }
}
