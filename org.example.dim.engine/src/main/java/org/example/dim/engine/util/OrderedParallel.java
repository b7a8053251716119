package org.example.dim.engine.util;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of work items on several threads and hands the results on in input order, a batch
 * at a time, so that memory stays bounded however long the input is.
 */
public final class OrderedParallel {

    private OrderedParallel() {
    }

    /**
     * Applies {@code f} to every item of {@code in} with {@code threads} threads (1 runs inline) and
     * passes each result to {@code out} in the order of the input.
     */
    public static <T, R> void map(Iterator<T> in, Function<T, R> f, int threads, int batchSize, Consumer<R> out) {
        if (threads <= 1) {
            in.forEachRemaining(t -> out.accept(f.apply(t)));
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<T> batch = new ArrayList<>(batchSize);
            while (in.hasNext()) {
                batch.clear();
                while (batch.size() < batchSize && in.hasNext()) {
                    batch.add(in.next());
                }
                List<T> work = batch;
                List<R> results = pool.submit(() -> work.parallelStream().map(f).toList()).get();
                results.forEach(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
