/** Pure-Java optimizer engine that recomputes lesson answers; this package holds what its sub-packages share: conventions, limits, argument checks, the seeded random source and the non-finite error. */
package courseware.engine;
