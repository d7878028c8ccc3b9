package io.incidentledger.app.testdata;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** What one shape of fuzzed requests got back: how many were sent, and every answer that broke the rules. */
public final class FuzzTally {

    private final String shape;
    private int sent;
    private final List<String> broken = new ArrayList<>();

    public FuzzTally(String shape) {
        this.shape = shape;
    }

    /** A 5xx, or a body that quotes an exception, is broken; {@code request} says how to send it again. */
    public void check(String request, HttpResponse<String> response) {
        sent++;
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() >= 500 || HostileJson.leaks(body)) {
            broken.add(response.statusCode() + " for " + cut(request) + " -> " + cut(body));
        }
    }

    public void noAnswer(String request, Exception failure) {
        sent++;
        broken.add("no answer (" + failure.getClass().getSimpleName() + ") for " + cut(request));
    }

    public List<String> broken() {
        return broken;
    }

    @Override
    public String toString() {
        return shape + ": " + sent + " requests, " + broken.size() + " broken";
    }

    private static String cut(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text;
    }
}
