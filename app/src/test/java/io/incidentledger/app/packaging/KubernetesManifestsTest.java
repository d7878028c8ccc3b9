package io.incidentledger.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes against Kubernetes' own OpenAPI definitions (vendored, deploy/schema), strict as kubectl is:
 * a field the API does not know is an error. Then what the issue asks of the deployment, and every setting wired.
 */
class KubernetesManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern VARIABLE = Pattern.compile("^\\| (`[A-Z][A-Z0-9_]+`(?:, `[A-Z][A-Z0-9_]+`)*)", Pattern.MULTILINE);

    @Test
    void everyManifestTheKustomizationAppliesIsValidAgainstTheKubernetesSchema() throws Exception {
        var kustomization = YAML.readTree(DEPLOY.resolve("kubernetes/kustomization.yaml").toFile());
        var resources = StreamSupport.stream(kustomization.path("resources").spliterator(), false).map(JsonNode::asText).toList();
        assertThat(resources).hasSize(6);

        for (String file : resources) {
            JsonNode manifest = YAML.readTree(DEPLOY.resolve("kubernetes").resolve(file).toFile());
            assertThat(problems(manifest)).as(file).isEmpty();
        }
        assertThat(problems(YAML.readTree(DEPLOY.resolve("kubernetes/secret.example.yaml").toFile()))).isEmpty();
    }

    @Test
    void aFieldKubernetesDoesNotKnowOrAWrongTypeIsAnError() throws Exception {
        var deployment = (ObjectNode) YAML.readTree(DEPLOY.resolve("kubernetes/deployment.yaml").toFile());
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        ((ObjectNode) deployment.path("spec")).put("replicas", "two");

        assertThat(problems(deployment)).anySatisfy(p -> assertThat(p).contains("replica"))
                .anySatisfy(p -> assertThat(p).contains("/spec/replicas"));
    }

    @Test
    void theDeploymentRunsTwoNonRootReplicasWithProbesLimitsAndAGracefulStop() throws Exception {
        JsonNode spec = YAML.readTree(DEPLOY.resolve("kubernetes/deployment.yaml").toFile()).path("spec");
        JsonNode pod = spec.at("/template/spec");
        JsonNode app = pod.at("/containers/0");

        assertThat(spec.path("replicas").asInt()).isEqualTo(2);
        assertThat(app.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
        assertThat(app.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
        assertThat(app.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(app.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(app.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(app.at("/lifecycle/preStop/exec/command").isArray()).isTrue();
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThan(30);
    }

    @Test
    void everySettingOfTheReadmesConfigurationTableComesFromTheConfigMapOrTheSecret() throws Exception {
        Set<String> wired = new HashSet<>();
        YAML.readTree(DEPLOY.resolve("kubernetes/configmap.yaml").toFile()).path("data").fieldNames().forEachRemaining(wired::add);
        YAML.readTree(DEPLOY.resolve("kubernetes/deployment.yaml").toFile()).at("/spec/template/spec/containers/0/env")
                .forEach(variable -> wired.add(variable.path("name").asText()));
        Set<String> documented = new HashSet<>();
        var table = VARIABLE.matcher(Files.readString(Path.of("..", "README.md")));
        while (table.find()) {
            for (String name : table.group(1).split(", ")) {
                documented.add(name.replace("`", ""));
            }
        }

        assertThat(documented).contains("LEDGER_DB_URL", "KAFKA_BOOTSTRAP_SERVERS", "ELASTICSEARCH_URL", "LEDGER_API_TOKEN");
        assertThat(wired).containsAll(documented);
    }

    private static List<String> problems(JsonNode manifest) throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(DEPLOY.resolve("schema/kubernetes-1.27.json").toFile());
        String kind = manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
        String id = schema.path("kinds").path(kind).asText();
        assertThat(id).as("a vendored schema for " + kind).isNotBlank();
        strict(schema.path("definitions"));
        var root = new ObjectMapper().createObjectNode().put("$ref", "#/definitions/" + id);
        root.set("definitions", schema.path("definitions"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(root).validate(manifest).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    /** kubectl's strict field validation: an object that lists its properties takes no others. */
    private static void strict(JsonNode node) {
        if (node.isObject()) {
            if (node.has("properties") && !node.has("additionalProperties")) {
                ((ObjectNode) node).put("additionalProperties", false);
            }
            node.elements().forEachRemaining(KubernetesManifestsTest::strict);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(KubernetesManifestsTest::strict);
        }
    }
}
