package io.incidentledger.api.id;

/**
 * A person as their chat platform knows them: the platform's user id, with the display name beside it. The
 * name is trimmed and cut to {@value #MAX_NAME_LENGTH} characters, so it fits every column that keeps it.
 */
public record ChatUser(String id, String name) {

    public static final int MAX_NAME_LENGTH = 200;

    public ChatUser {
        if (id == null || id.isBlank()) {
            throw new InvalidChatInput("A chat user needs an id");
        }
        ChatIds.bounded(id, "user");
        name = name == null || name.isBlank() ? id : shortened(name.strip());
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH - 1)) + "…";
    }
}
