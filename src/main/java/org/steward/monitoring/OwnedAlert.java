package org.steward.monitoring;

/** An open alert of a model the signed-in user owns, with the model's name, for their inbox. */
public record OwnedAlert(String modelName, AlertView alert) {
}
