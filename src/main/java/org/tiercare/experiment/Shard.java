package org.tiercare.experiment;

/**
 * One part of a study split over several machines ({@code --shard index/count}, index from 1). The study's jobs are
 * its (variant, replication) pairs, numbered variant by variant: job {@code k = v·R + (r − 1)} for the variant at
 * position v (from 0) and replication r of R. Shard i holds the jobs with {@code k mod count = i − 1}: a round robin,
 * so that each shard gets nearly the same number of jobs of every variant, and the split depends on nothing but
 * the study (never on the machine or the thread count).
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException(index + "/" + count);
    }

    /** Whether this shard runs replication {@code replication} (from 1) of the variant at {@code variant} (from 0). */
    public boolean holds(int variant, int replication, int replications) {
        long job = (long) variant * replications + (replication - 1);
        return job % count == index - 1;
    }

    /** How many jobs this shard holds in a study of {@code variants} × {@code replications}. */
    public int jobs(int variants, int replications) {
        long total = (long) variants * replications;
        return (int) (total / count + (index - 1 < total % count ? 1 : 0));
    }

    @Override
    public String toString() { return index + "/" + count; }
}
