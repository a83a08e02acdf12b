/** Seeded experiments: datasets, models and training loops, losses, and summaries over many seeds. */
package courseware.engine.experiment;
