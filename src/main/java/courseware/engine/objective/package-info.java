/** Objectives of x (and y) differentiated with dual numbers, and gradient-descent runs on them. */
package courseware.engine.objective;
