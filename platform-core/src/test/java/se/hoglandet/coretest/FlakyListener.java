package se.hoglandet.coretest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener whose downstream system is "down" until the test says it is back. Accessed through methods: the
 * bean is a proxy (asynchronous, transactional), whose own fields are empty.
 */
@Component
public class FlakyListener {

    private final AtomicBoolean down = new AtomicBoolean(false);
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(SampleHappened event) {
        attempts.incrementAndGet();
        if (down.get()) {
            throw new IllegalStateException("Downstream system unavailable");
        }
        delivered.add(event.what());
    }

    public void goDown() {
        down.set(true);
    }

    public void recover() {
        down.set(false);
    }

    public int attempts() {
        return attempts.get();
    }

    public List<String> delivered() {
        return List.copyOf(delivered);
    }
}
