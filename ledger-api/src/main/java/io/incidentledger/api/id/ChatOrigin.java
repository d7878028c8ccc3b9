package io.incidentledger.api.id;

/** Who did something, on which platform, in which channel. */
public record ChatOrigin(Platform platform, String channelId, ChatUser user) {

    public ChatOrigin {
        if (platform == null || user == null) {
            throw new IllegalArgumentException("A chat origin needs a platform and a user");
        }
        ChatIds.boundedChannel(channelId);
    }
}
