/** A sparse vector: feature ids (in no particular order) with their values. */
export interface SparseVector {
  ids: Int32Array;
  values: Float32Array;
}
