package org.steward.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.register.ui.BrowserlessUiTest;

/** The Webhooks tab: the owner sets a URL, sees the secret once, and non-http URLs are refused on the field. */
class WebhookTabTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("owner")
    void the_owner_sets_a_webhook_and_sees_its_secret_once() {
        var model = registerModel(unique("Webhook tab"), "owner");
        openModel(model.id());
        selectTab("Webhooks");

        test(textField("webhook-url")).setValue("ftp://127.0.0.1/hook");
        click("webhook-save");
        assertThat(textField("webhook-url").isInvalid()).isTrue();
        assertThat(textField("webhook-url").getErrorMessage()).contains("http");

        test(textField("webhook-url")).setValue("http://127.0.0.1:9/hook");
        click("webhook-save");
        assertThat(textField("webhook-url").isInvalid()).isFalse();
        assertThat(textField(WebhookPanel.SECRET_FIELD_ID).getValue()).startsWith("whsec_");
        click(WebhookPanel.SECRET_FIELD_ID + "-done");
        assertThat($(Span.class).id("webhook-current").getText()).contains("http://127.0.0.1:9/hook")
                .doesNotContain("whsec_");
        assertThat(rows(grid("webhook-deliveries"))).isEmpty();
    }

    @Test
    @WithUserDetails("owner2")
    void another_owner_gets_a_notice_only() {
        var model = runAs.call("dev", java.util.Set.of(org.steward.identity.Role.MODEL_DEVELOPER),
                () -> registerModel(unique("Webhook tab other"), "owner"));
        openModel(model.id());
        selectTab("Webhooks");
        assertThat($(Paragraph.class).id("webhook-not-allowed").getText()).contains("owner");
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withId("webhook-url").exists()).isFalse();
    }
}
