package io.incidentledger.subscribers.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.status.html.PageSection;
import io.incidentledger.status.text.PageTexts;
import io.incidentledger.subscribers.subscribe.Subscriptions;
import org.springframework.stereotype.Component;

/** The subscribe form on the status page: plain HTML, no script; absent while subscriptions are off. */
@Component
class SubscribeFormSection implements PageSection {

    private final Subscriptions subscriptions;

    SubscribeFormSection(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String html(PageTexts texts) {
        if (!subscriptions.open()) {
            return "";
        }
        var html = new StringBuilder("<section class=\"subscribe\" id=\"subscribe\"><h2>")
                .append(texts.html("subscribe.title")).append("</h2>")
                .append("<form method=\"post\" action=\"subscriptions\"><p><label for=\"subscribe-address\">")
                .append(texts.html("subscribe.address")).append("</label> <input id=\"subscribe-address\" name=\"address\" ")
                .append("type=\"text\" required maxlength=\"2048\" autocomplete=\"email\"></p>");
        if (!subscriptions.components().isEmpty()) {
            html.append("<fieldset><legend>").append(texts.html("subscribe.components")).append("</legend>");
            for (String component : subscriptions.components()) {
                html.append("<label><input type=\"checkbox\" name=\"component\" value=\"").append(htmlEscape(component))
                        .append("\"> ").append(htmlEscape(component)).append("</label> ");
            }
            html.append("</fieldset>");
        }
        return html.append("<p><button type=\"submit\">").append(texts.html("subscribe.button"))
                .append("</button></p></form></section>\n").toString();
    }
}
