/** Learning-rate schedules as PyTorch, optax and transformers define them: {@code Schedules} makes them, {@code Schedule.at(step)} reads them. */
package courseware.engine.schedule;
