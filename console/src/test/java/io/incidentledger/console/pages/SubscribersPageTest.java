package io.incidentledger.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.subscriber.SubscriberDirectory;
import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.api.subscriber.SubscriberKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The admin's subscriber page shows the directory's counts and rows, and removes through it. */
class SubscribersPageTest {

    private final SubscriberId ada = SubscriberId.random();
    private final List<SubscriberId> removed = new ArrayList<>();
    private final SubscriberDirectory directory = new SubscriberDirectory() {
        @Override
        public Counts counts() {
            return new Counts(3, 1, 0, 1, Map.of("api", 2L));
        }

        @Override
        public List<Listed> list() {
            return List.of(new Listed(ada, SubscriberKind.EMAIL, "ada@example.com", "confirmed", List.of("api"),
                    Instant.parse("2026-12-01T10:00:00Z")));
        }

        @Override
        public boolean remove(SubscriberId id) {
            removed.add(id);
            return id.equals(ada);
        }
    };
    private final SubscribersPage page = new SubscribersPage(
            new StaticListableBeanFactory(Map.of("directory", directory)).getBeanProvider(SubscriberDirectory.class));

    @Test
    void thePageHoldsTheCountsByComponentAndEverySubscriber() {
        var model = new ExtendedModelMap();

        assertThat(page.page(model)).isEqualTo("console/subscribers");
        assertThat(model.get("available")).isEqualTo(true);
        assertThat(((SubscriberDirectory.Counts) model.get("counts")).byComponent()).containsEntry("api", 2L);
        assertThat((List<?>) model.get("subscribers")).hasSize(1);
    }

    @Test
    void removingASubscriberGoesThroughTheDirectoryAndSaysWhatHappened() {
        var flash = new RedirectAttributesModelMap();

        assertThat(page.remove(ada.value(), flash)).isEqualTo("redirect:/console/admin/subscribers");
        assertThat(removed).containsExactly(ada);
        assertThat(flash.getFlashAttributes().get("reply")).isEqualTo("Removed; its address is erased.");
    }

    @Test
    void aMalformedIdRemovesNothing() {
        var flash = new RedirectAttributesModelMap();

        page.remove("not-an-id", flash);

        assertThat(removed).isEmpty();
        assertThat(flash.getFlashAttributes().get("reply")).isEqualTo("There was no such subscriber.");
    }

    @Test
    void withoutTheSubscribersModuleThePageSaysSo() {
        var model = new ExtendedModelMap();
        var alone = new SubscribersPage(new StaticListableBeanFactory().getBeanProvider(SubscriberDirectory.class));

        alone.page(model);

        assertThat(model.get("available")).isEqualTo(false);
    }
}
