package io.incidentledger.app.testdata;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts PostgreSQL round trips made on the ack path: statements executed, commits, rollbacks and liveness checks,
 * on the request threads and the threads a request waits for (chat writers, command retries), never on the
 * background processors'. A {@link BeanPostProcessor}: registered as a bean, it wraps the app's data source.
 */
public final class RoundTrips implements BeanPostProcessor {

    private static final Set<String> COUNTED = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch", "commit", "rollback", "isValid");
    private static final AtomicLong count = new AtomicLong();
    private static final Map<String, AtomicLong> bySql = new ConcurrentHashMap<>();

    public static long count() {
        return count.get();
    }

    /** Counted round trips by statement (or by method for commits, rollbacks and liveness checks), to show where they go. */
    public static Map<String, Long> byStatement() {
        Map<String, Long> copy = new TreeMap<>();
        bySql.forEach((sql, n) -> copy.put(sql, n.get()));
        return copy;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource source ? wrap(source, DataSource.class, null, new AtomicBoolean()) : bean;
    }

    private static boolean onTheAckPath() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith("http-nio") || thread.startsWith("chat-record-writer") || thread.startsWith("command-retry");
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type, String prepared, AtomicBoolean inTransaction) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            boolean ends = name.equals("commit") || name.equals("rollback");
            // the driver sends nothing to end a transaction in which no statement ran (a query answered from a cache)
            boolean counted = COUNTED.contains(name) && (!ends || inTransaction.getAndSet(false));
            if (name.startsWith("execute")) {
                inTransaction.set(true);
            }
            if (name.equals("setAutoCommit")) {
                inTransaction.set(false);
            }
            if (counted && onTheAckPath()) {
                count.incrementAndGet();
                String what = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName();
                bySql.computeIfAbsent(what.length() > 90 ? what.substring(0, 90) : what, sql -> new AtomicLong()).incrementAndGet();
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Connection connection) {
                    return wrap(connection, Connection.class, null, new AtomicBoolean());
                }
                if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                    return wrap(statement, (Class<Statement>) method.getReturnType(), sql, inTransaction);
                }
                return result;
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
