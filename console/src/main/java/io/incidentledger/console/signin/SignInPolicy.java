package io.incidentledger.console.signin;

import io.incidentledger.console.ConsoleProperties;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who may use the console and who is admin, from configuration: by e-mail, by domain, or by a group claim. */
@Component
public class SignInPolicy {

    private final ConsoleProperties properties;

    SignInPolicy(ConsoleProperties properties) {
        this.properties = properties;
    }

    /** Empty when this person may not use the console at all (they are signed in, and get 403). */
    public Optional<ConsolePerson> person(String email, boolean emailVerified, String name, String chatClaim,
                                          Collection<String> groups) {
        ConsoleProperties.Access access = properties.access();
        String mail = email == null || !emailVerified ? "" : email.strip().toLowerCase(Locale.ROOT);
        boolean allowed = matches(mail, groups, access.emails(), access.domains(), access.groups());
        boolean admin = matches(mail, groups, access.adminEmails(), access.adminDomains(), access.adminGroups());
        if (!allowed && !admin) {
            return Optional.empty();
        }
        String chatId = chatClaim != null && !chatClaim.isBlank() ? chatClaim
                : properties.chatIds().getOrDefault(mail, mail);
        return Optional.of(new ConsolePerson(mail, name == null || name.isBlank() ? mail : name, chatId, admin));
    }

    private static boolean matches(String mail, Collection<String> groups, List<String> emails, List<String> domains,
                                   List<String> wantedGroups) {
        if (!mail.isEmpty() && emails.stream().anyMatch(mail::equalsIgnoreCase)) {
            return true;
        }
        String domain = mail.contains("@") ? mail.substring(mail.indexOf('@') + 1) : null;
        if (domain != null && domains.stream().anyMatch(domain::equalsIgnoreCase)) {
            return true;
        }
        return groups.stream().anyMatch(wantedGroups::contains);
    }
}
