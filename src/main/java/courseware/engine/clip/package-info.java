/** Gradient clipping by global norm and by value, with the norms it measures. */
package courseware.engine.clip;
