/** Optimizers (SGD with momentum and Nesterov, AdaGrad, RMSProp, Adam/AdamW/AMSGrad), their configs and recorded runs. */
package courseware.engine.optim;
