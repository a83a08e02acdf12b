package courseware.engine.experiment;

/** Final full-data losses of full-batch GD and mini-batch SGD over the same seeds and datasets. */
public record BatchComparison(ExperimentResult fullBatch, ExperimentResult miniBatch) {
    public boolean finite() {
        return fullBatch.finite() && miniBatch.finite();
    }

    public BatchComparison requireFinite() {
        fullBatch.requireFinite();
        miniBatch.requireFinite();
        return this;
    }
}
