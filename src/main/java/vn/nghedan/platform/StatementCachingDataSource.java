package vn.nghedan.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Keeps each connection's prepared statements for reuse: sqlite-jdbc compiles every statement
 * anew on each {@code prepareStatement} (it has no cache of its own, xerial/sqlite-jdbc#614, and
 * HikariCP leaves caching to the driver), and the same dozen statements run for every update the
 * bot handles. Sits below the pool: the pool's connection hands out a statement, its close puts
 * the statement back (parameters cleared) instead of finalising it.
 *
 * <p>Only {@code prepareStatement(sql)} is cached; statements asking for generated keys or other
 * cursor types pass straight through. A statement whose settings were changed (max rows, time
 * out, fetch size …) is closed for real instead of being handed to the next caller, and the same
 * SQL asked for while its cached statement is still open (nested use) gets a fresh one.
 *
 * <p>A cached statement was not asked for generated keys, so it runs without sqlite-jdbc's key
 * lookup: by default the driver follows every INSERT with a {@code SELECT last_insert_rowid()}
 * compiled on the spot (a sixth of the statements of an update). Statements prepared with
 * {@code RETURN_GENERATED_KEYS} or key columns (Spring Data's inserts) keep it.
 */
final class StatementCachingDataSource extends DelegatingDataSource {

    /** Statements kept per connection; the least recently used one goes first. */
    static final int PER_CONNECTION = 200;

    private final AtomicLong compiled = new AtomicLong();

    StatementCachingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    /** Statements compiled by the driver so far (for tests). */
    long compiled() {
        return compiled.get();
    }

    private Connection wrap(Connection raw) throws SQLException {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new CachingConnection(raw));
    }

    /** What {@code CachedStatement.direct} answers for a call it leaves to reflection. */
    private static final Object NOT_DIRECT = new Object();

    /** A call on the driver's statement. */
    @FunctionalInterface
    private interface SqlCall {
        Object run() throws Throwable;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private final class CachingConnection implements InvocationHandler {

        private final Connection raw;
        /** The driver's settings of this connection, or null if it is not sqlite-jdbc's. */
        private final SQLiteConnectionConfig sqlite;

        private final Map<String, CachedStatement> cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CachedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                eldest.getValue().evicted();
                return true;
            }
        };

        CachingConnection(Connection raw) throws SQLException {
            this.raw = raw;
            this.sqlite = raw.isWrapperFor(SQLiteConnection.class)
                    ? raw.unwrap(SQLiteConnection.class).getConnectionConfig()
                    : null;
        }

        /** Runs a cached statement's execute…: no generated-key lookup after it. */
        Object executeWithoutKeys(SqlCall execute) throws Throwable {
            if (sqlite == null || !sqlite.isGetGeneratedKeys()) {
                return execute.run();
            }
            sqlite.setGetGeneratedKeys(false);
            try {
                return execute.run();
            } finally {
                sqlite.setGetGeneratedKeys(true);
            }
        }

        @Override
        public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement":
                    if (args.length == 1) {
                        return prepare(proxy, (String) args[0]);
                    }
                    compiled.incrementAndGet();
                    return call(raw, method, args);
                case "close":
                    closeAll();
                    raw.close();
                    return null;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "StatementCaching[" + raw + "]";
                // What every transaction calls, called directly (see CachedStatement#direct).
                case "commit":
                    if (args == null) {
                        raw.commit();
                        return null;
                    }
                    return call(raw, method, args);
                case "rollback":
                    if (args == null) {
                        raw.rollback();
                        return null;
                    }
                    return call(raw, method, args);
                case "setAutoCommit":
                    raw.setAutoCommit((Boolean) args[0]);
                    return null;
                case "getAutoCommit":
                    return raw.getAutoCommit();
                default:
                    return call(raw, method, args);
            }
        }

        private PreparedStatement prepare(Object connection, String sql) throws SQLException {
            CachedStatement cached = cache.get(sql);
            if (cached != null && !cached.inUse) {
                cached.inUse = true;
                return cached.proxy;
            }
            compiled.incrementAndGet();
            PreparedStatement statement = raw.prepareStatement(sql);
            if (cached != null) {
                // The same SQL is still open on this connection (nested use): this one is not kept.
                return statement;
            }
            CachedStatement fresh = new CachedStatement(this, (Connection) connection, sql, statement);
            cache.put(sql, fresh);
            return fresh.proxy;
        }

        synchronized void returned(CachedStatement statement, boolean reusable) {
            if (reusable && cache.get(statement.sql) == statement) {
                statement.inUse = false;
                return;
            }
            cache.remove(statement.sql, statement);
            statement.closeQuietly();
        }

        private void closeAll() {
            List<CachedStatement> all = new ArrayList<>(cache.values());
            cache.clear();
            all.forEach(CachedStatement::closeQuietly);
        }
    }

    private static final class CachedStatement implements InvocationHandler {

        private final CachingConnection owner;
        private final Connection connection;
        private final String sql;
        private final PreparedStatement raw;
        private final PreparedStatement proxy;
        private boolean inUse = true;
        private boolean changed;
        private boolean evicted;

        CachedStatement(CachingConnection owner, Connection connection, String sql, PreparedStatement raw) {
            this.owner = owner;
            this.connection = connection;
            this.sql = sql;
            this.raw = raw;
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close":
                    close();
                    return null;
                case "isClosed":
                    return !inUse || raw.isClosed();
                case "getConnection":
                    return connection;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return raw.toString();
                default:
                    if (!inUse) {
                        throw new SQLException("The statement is closed");
                    }
                    // A statement-wide setting (setMaxRows(n), setQueryTimeout(s) …) would carry
                    // over to the next caller: such a statement is not reused.
                    if (args != null && args.length == 1 && name.startsWith("set")) {
                        changed = true;
                    }
                    if (args == null || args.length == 2) {
                        Object result = direct(name, args);
                        if (result != NOT_DIRECT) {
                            return result;
                        }
                    }
                    if (name.startsWith("execute")) {
                        return owner.executeWithoutKeys(() -> call(raw, method, args));
                    }
                    return call(raw, method, args);
            }
        }

        /**
         * The calls of every statement run (parameters, execution), made on the driver's statement
         * directly rather than by reflection: Method.invoke's access check (a stack walk for its
         * caller) and boxing took a fifth as long as the statements themselves in the onboarding
         * benchmark. Anything else returns {@link #NOT_DIRECT}.
         */
        private Object direct(String name, Object[] args) throws Throwable {
            if (args == null) {
                return switch (name) {
                    case "executeQuery" -> owner.executeWithoutKeys(raw::executeQuery);
                    case "executeUpdate" -> owner.executeWithoutKeys(raw::executeUpdate);
                    case "execute" -> owner.executeWithoutKeys(raw::execute);
                    default -> NOT_DIRECT;
                };
            }
            int index = (Integer) args[0];
            Object value = args[1];
            switch (name) {
                case "setObject" -> raw.setObject(index, value);
                case "setString" -> raw.setString(index, (String) value);
                case "setLong" -> raw.setLong(index, (Long) value);
                case "setInt" -> raw.setInt(index, (Integer) value);
                case "setBoolean" -> raw.setBoolean(index, (Boolean) value);
                case "setNull" -> raw.setNull(index, (Integer) value);
                default -> {
                    return NOT_DIRECT;
                }
            }
            return null;
        }

        private void close() {
            if (!inUse) {
                return;
            }
            boolean reusable = !changed && !evicted;
            if (reusable) {
                try {
                    raw.clearParameters();
                    raw.clearBatch();
                } catch (SQLException e) {
                    reusable = false;
                }
            }
            owner.returned(this, reusable);
        }

        /** Pushed out of the cache: closed now if idle, else when its user closes it. */
        void evicted() {
            evicted = true;
            if (!inUse) {
                closeQuietly();
            }
        }

        void closeQuietly() {
            inUse = false;
            try {
                raw.close();
            } catch (SQLException e) {
                // Closing a statement of a connection being closed: nothing left to release.
            }
        }
    }
}
