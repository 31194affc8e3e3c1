package vn.hailong.shared.persistence;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a {@link RetriedOnConflict} method again when its transaction was rolled back by a conflict: MariaDB/MySQL
 * error 1213 (deadlock; also a Galera certification failure or a brute-force abort by a replicated write set),
 * 1205 (lock wait timeout) or SQLState 40001 (serialization failure), anywhere in the exception's causes. Ordered
 * before the transaction interceptor ({@link InterceptPhase#RETRY}), so that each attempt is a new transaction.
 */
@Singleton
@InterceptorBean(RetriedOnConflict.class)
final class ConflictRetries implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetries.class);
    static final int ATTEMPTS = 4;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final TransactionOperations<?> transactions;

    ConflictRetries(TransactionOperations<?> transactions) {
        this.transactions = transactions;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.info("{} was rolled back by a conflict (attempt {}), retrying a conflicting transaction: {}",
                        context.getExecutableMethod(), attempt, rootMessage(e));
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == DEADLOCK || s.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || "40001".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** A few milliseconds, growing and jittered, so that the two sides of a conflict do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a conflicting transaction", e);
        }
    }
}
