package io.incidentledger.console.signin;

import java.io.Serializable;

/** Who is signed in: their e-mail and name from the provider, the chat user id they act as, and whether admin. */
public record ConsolePerson(String email, String name, String chatUserId, boolean admin) implements Serializable {
}
