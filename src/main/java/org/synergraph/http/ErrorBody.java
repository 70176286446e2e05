package org.synergraph.http;

/** The JSON body of every error response: a stable code for programs and a message for people. */
public record ErrorBody(String error, String message) {
}
