package io.incidentledger.app.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kubernetes 1.36's API as client-java-api 27.0.0 has it: the Kubernetes project generates those types from the
 * release's own OpenAPI spec. A manifest passes when 1.36 serves its apiVersion and kind, the generated checks find
 * no field the type does not declare and no required field missing (kubectl's strict field validation), and reading
 * it into the type and writing it back keeps every field with its JSON type (a string is not taken for a number).
 */
final class KubernetesApi {

    static final String VERSION = "1.36";
    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private KubernetesApi() {
    }

    static List<String> problems(JsonNode manifest) {
        String apiVersion = manifest.path("apiVersion").asText();
        String kind = manifest.path("kind").asText();
        Class<?> type = served(apiVersion, kind);
        if (type == null) {
            return List.of("Kubernetes " + VERSION + " serves no " + apiVersion + " " + kind);
        }
        JsonElement sent = JsonParser.parseString(manifest.toString());
        try {
            type.getMethod("validateJsonElement", JsonElement.class).invoke(null, sent);
            List<String> problems = new ArrayList<>();
            compare("", sent, JSON.getGson().toJsonTree(JSON.getGson().fromJson(sent, type)), problems);
            return problems;
        } catch (InvocationTargetException refused) {
            return List.of(firstSentence(refused.getCause().getMessage()));
        } catch (JsonParseException | NumberFormatException refused) {
            return List.of(firstSentence(refused.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The generated type for a group, version and kind, if that group's API in this release creates it. */
    private static Class<?> served(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "core";
        String version = capitalised(apiVersion.substring(apiVersion.indexOf('/') + 1));
        String api = Arrays.stream(group.replace(".k8s.io", "").split("\\.")).map(KubernetesApi::capitalised)
                .reduce("", String::concat) + version + "Api";
        try {
            boolean created = Arrays.stream(Class.forName("io.kubernetes.client.openapi.apis." + api).getMethods())
                    .anyMatch(m -> m.getName().equals("create" + kind) || m.getName().equals("createNamespaced" + kind));
            return created ? Class.forName(MODELS + version + kind) : null;
        } catch (ClassNotFoundException notServed) {
            return null;
        }
    }

    private static void compare(String path, JsonElement sent, JsonElement understood, List<String> problems) {
        if (sent.isJsonObject() && understood != null && understood.isJsonObject()) {
            sent.getAsJsonObject().entrySet().forEach(field -> compare(path + "/" + field.getKey(), field.getValue(),
                    understood.getAsJsonObject().get(field.getKey()), problems));
        } else if (sent.isJsonArray() && understood != null && understood.isJsonArray()
                && sent.getAsJsonArray().size() == understood.getAsJsonArray().size()) {
            for (int i = 0; i < sent.getAsJsonArray().size(); i++) {
                compare(path + "/" + i, sent.getAsJsonArray().get(i), understood.getAsJsonArray().get(i), problems);
            }
        } else if (understood == null || !shape(sent).equals(shape(understood))) {
            problems.add(path + ": Kubernetes takes " + (understood == null ? "nothing" : "a " + shape(understood))
                    + " here, not " + sent);
        }
    }

    private static String shape(JsonElement value) {
        if (value.isJsonPrimitive()) {
            var primitive = value.getAsJsonPrimitive();
            return primitive.isString() ? "string" : primitive.isNumber() ? "number" : "boolean";
        }
        return value.isJsonObject() ? "object" : value.isJsonArray() ? "list" : "null";
    }

    private static String firstSentence(String message) {
        int json = message.indexOf(" JSON: ");
        return json < 0 ? message : message.substring(0, json);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
