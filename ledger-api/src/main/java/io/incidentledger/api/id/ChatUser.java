package io.incidentledger.api.id;

/** A person as their chat platform knows them: the platform's user id, with the display name beside it. */
public record ChatUser(String id, String name) {

    public ChatUser {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A chat user needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
    }
}
