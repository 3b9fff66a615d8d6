package io.cloudtwin.core;

import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A state section's documents copied from its rows by name, for the kinds whose document is their row: each component
 * of the document takes the value of the row's public method of the same name (its component, or a value it derives),
 * but for the scope's three, whose names are the state file's ({@code cloud} the row's cloud's key, {@code account}
 * its accountId, {@code project} its projectId); a primitive goes into its wrapper. A document component the row has
 * no reader of that name and type for is refused when the pair is first copied, rows or none (every state export runs
 * it), so that a renamed column cannot drop a field from the export unseen.
 */
public final class Documents {
    private static final Map<String, String> SCOPE_NAMES = Map.of("account", "accountId", "project", "projectId");
    private static final Map<List<Class<?>>, Copier> COPIERS = new ConcurrentHashMap<>();

    private Documents() {}

    /** One document per row, in the rows' order; the pair of types is checked even when there are no rows. */
    public static <D extends Record, R extends Record> List<D> of(Class<D> document, Class<R> row, List<R> rows) {
        Copier copier = COPIERS.computeIfAbsent(List.of(document, row), k -> copier(document, row));
        return rows.stream().map(r -> document.cast(copier.copy(r))).toList();
    }

    private record Copier(Constructor<?> make, Method[] reads, boolean[] cloudKey) {
        Object copy(Object row) {
            Object[] args = new Object[reads.length];
            try {
                for (int i = 0; i < reads.length; i++) {
                    Object value = reads[i].invoke(row);
                    args[i] = cloudKey[i] ? ((Cloud) value).key() : value;
                }
                return make.newInstance(args);
            } catch (IllegalAccessException | InstantiationException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A primitive row value into its wrapper (a row's long timeout into a document's Long, absent on import). */
    private static boolean boxes(Method from, RecordComponent to) {
        return from != null && from.getReturnType().isPrimitive()
                && MethodType.methodType(from.getReturnType()).wrap().returnType() == to.getType();
    }

    /** The row's public method of that name without parameters (a component's accessor, or a value it derives). */
    private static Method reader(Class<?> row, String name) {
        try {
            return row.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Copier copier(Class<?> document, Class<?> row) {
        RecordComponent[] to = document.getRecordComponents();
        Method[] reads = new Method[to.length];
        boolean[] cloudKey = new boolean[to.length];
        for (int i = 0; i < to.length; i++) {
            String name = to[i].getName();
            Method source = reader(row, SCOPE_NAMES.getOrDefault(name, name));
            cloudKey[i] = name.equals("cloud") && source != null && source.getReturnType() == Cloud.class;
            Type given = source == null ? null : cloudKey[i] ? String.class : source.getGenericReturnType();
            if (!to[i].getGenericType().equals(given) && !boxes(source, to[i])) {
                throw new IllegalStateException(document.getName() + "." + name
                        + " has no reader of its name and type in " + row.getName());
            }
            reads[i] = source;
            reads[i].setAccessible(true);
        }
        try {
            Constructor<?> make = document.getDeclaredConstructor(Arrays.stream(to).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            make.setAccessible(true);
            return new Copier(make, reads, cloudKey);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
