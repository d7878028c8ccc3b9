package io.incidentledger.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes against Kubernetes 1.36's own API types ({@link KubernetesApi}), strict as kubectl is: a field the
 * API does not know is an error. Then what the issue asks of the deployment, and every setting wired.
 */
class KubernetesManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern VARIABLE = Pattern.compile("^\\| (`[A-Z][A-Z0-9_]+`(?:, `[A-Z][A-Z0-9_]+`)*)", Pattern.MULTILINE);

    @Test
    void everyManifestTheKustomizationAppliesIsValidForKubernetes136() throws Exception {
        var kustomization = YAML.readTree(DEPLOY.resolve("kubernetes/kustomization.yaml").toFile());
        var resources = StreamSupport.stream(kustomization.path("resources").spliterator(), false).map(JsonNode::asText).toList();
        assertThat(resources).hasSize(6);

        // every file's problems at once, the example Secret's too
        assertThat(Stream.concat(resources.stream(), Stream.of("secret.example.yaml"))).allSatisfy(file ->
                assertThat(KubernetesApi.problems(manifest(file))).as(file).isEmpty());
    }

    @Test
    void aFieldKubernetesDoesNotKnowIsAnError() {
        ObjectNode deployment = manifest("deployment.yaml");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("livenessprobe", "typo");

        assertThat(KubernetesApi.problems(deployment)).singleElement().asString()
                .contains("`livenessprobe`", "V1Container");
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        ObjectNode disruptionBudget = manifest("poddisruptionbudget.yaml");
        ((ObjectNode) disruptionBudget.at("/spec/selector/matchLabels")).removeAll();
        ((ObjectNode) disruptionBudget.at("/spec/selector")).putArray("matchExpressions").addObject().put("key", "app");

        assertThat(KubernetesApi.problems(disruptionBudget)).singleElement().asString().contains("`operator`");
    }

    @Test
    void aWordOrAQuotedNumberWhereKubernetesTakesANumberIsAnError() {
        ObjectNode word = manifest("deployment.yaml");
        ((ObjectNode) word.path("spec")).put("replicas", "two");
        ObjectNode quoted = manifest("deployment.yaml");
        ((ObjectNode) quoted.path("spec")).put("replicas", "2");
        ObjectNode flag = manifest("deployment.yaml");
        ((ObjectNode) flag.at("/spec/template/spec/securityContext")).put("runAsNonRoot", "true");

        assertThat(KubernetesApi.problems(word)).singleElement().asString().contains("two");
        assertThat(KubernetesApi.problems(quoted)).containsExactly("/spec/replicas: Kubernetes takes a number here, not \"2\"");
        assertThat(KubernetesApi.problems(flag)).singleElement().asString()
                .startsWith("/spec/template/spec/securityContext/runAsNonRoot: Kubernetes takes a boolean");
    }

    @Test
    void anApiVersionThatKubernetes136NoLongerServesIsAnError() {
        ObjectNode disruptionBudget = manifest("poddisruptionbudget.yaml").put("apiVersion", "policy/v1beta1");
        ObjectNode ingress = manifest("ingress.yaml").put("apiVersion", "extensions/v1beta1");
        ObjectNode misplaced = manifest("ingress.yaml").put("apiVersion", "apps/v1");

        assertThat(KubernetesApi.problems(disruptionBudget)).containsExactly("Kubernetes 1.36 serves no policy/v1beta1 PodDisruptionBudget");
        assertThat(KubernetesApi.problems(ingress)).containsExactly("Kubernetes 1.36 serves no extensions/v1beta1 Ingress");
        assertThat(KubernetesApi.problems(misplaced)).containsExactly("Kubernetes 1.36 serves no apps/v1 Ingress");
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

    private static ObjectNode manifest(String file) {
        try {
            return (ObjectNode) YAML.readTree(DEPLOY.resolve("kubernetes").resolve(file).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
