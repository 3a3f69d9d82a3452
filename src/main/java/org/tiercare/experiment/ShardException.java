package org.tiercare.experiment;

import java.util.List;

/**
 * Shards that cannot be merged (missing, duplicated, of another study, not a shard at all): the sentence is the
 * {@code key} of the cli bundle with {@code args}, which the command prints (exit 2).
 */
public final class ShardException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public ShardException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() { return key; }

    public Object[] args() { return args.toArray(); }
}
