package io.cloudtwin.dialect;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.util.ClassUtils;

/**
 * Which handler serves which action of a cloud's products: a handler is a bean that implements the generated interface
 * of each action it serves ({@code EcsApi.CreateKeyPair}, nested in its product's {@code EcsApi}); every other action
 * of the product answers "not served". Built once at startup from the products' {@link Operations} and the handler
 * beans; two handlers implementing one action is a startup error. An alias (an action of one product that another
 * product's action of the same name serves) is served by that action's handler, its typed request read by that
 * product's operations.
 */
public final class Served<C, V> {
    /** One served action: the product's operations and the handler that implements its method. */
    public record Action<C, V>(Operations<Object, C, V> operations, Object handler, Method method) {
        public Object invoke(String action, C call, V values) {
            return operations.invoke(handler, action, call, values);
        }
    }

    private final Map<String, Action<C, V>> byKey = new HashMap<>();

    /**
     * @param products the cloud's products
     * @param handlers every bean that implements one or more of the products' interfaces
     */
    public Served(Collection<? extends Operations<?, C, V>> products, Collection<?> handlers) {
        this(products, handlers, Map.of());
    }

    /**
     * @param aliases by product, action to the product whose action of the same name serves it
     */
    @SuppressWarnings("unchecked")
    public Served(Collection<? extends Operations<?, C, V>> products, Collection<?> handlers,
                  Map<String, Map<String, String>> aliases) {
        for (Operations<?, C, V> ops : products) {
            for (Object h : handlers) {
                if (!ops.api().isInstance(h)) continue;
                Class<?> type = ClassUtils.getUserClass(h);
                for (Class<?> actionType : ClassUtils.getAllInterfacesForClassAsSet(type)) {
                    if (actionType.getEnclosingClass() != ops.api()) continue;
                    String action = actionType.getSimpleName();
                    Method m = ClassUtils.getMostSpecificMethod(
                            ClassUtils.getMethod(actionType, ops.methods().get(action), (Class<?>[]) null), type);
                    Action<C, V> previous = byKey.putIfAbsent(key(ops.product(), action),
                            new Action<>((Operations<Object, C, V>) ops, h, m));
                    if (previous != null && previous.handler() != h) {
                        throw new IllegalStateException(ops.product() + " " + action + " is served by both "
                                + ClassUtils.getUserClass(previous.handler()).getName() + " and " + type.getName());
                    }
                }
            }
        }
        aliases.forEach((product, actions) -> actions.forEach((action, servedBy) -> {
            Action<C, V> target = byKey.get(key(servedBy, action));
            if (target == null) throw new IllegalStateException(product + " " + action + " is an alias of "
                    + servedBy + " " + action + ", which nothing serves");
            if (byKey.putIfAbsent(key(product, action), target) != null) {
                throw new IllegalStateException(product + " " + action + " is an alias of " + servedBy + " " + action
                        + " and has a handler of its own");
            }
        }));
    }

    /** The served action, or null when no handler serves it. */
    public Action<C, V> find(String product, String action) {
        return byKey.get(key(product, action));
    }

    /** The served actions of a product, sorted. */
    public Set<String> actions(String product) {
        Set<String> out = new TreeSet<>();
        String prefix = product + ".";
        for (String k : byKey.keySet()) if (k.startsWith(prefix)) out.add(k.substring(prefix.length()));
        return Collections.unmodifiableSet(out);
    }

    /** The product whose action of that name serves this one: itself, the aliased product, or null when not served. */
    public String servedBy(String product, String action) {
        Action<C, V> a = find(product, action);
        return a == null ? null : a.operations().product();
    }

    /** The handler serving an action, or null. */
    public Object handler(String product, String action) {
        Action<C, V> a = find(product, action);
        return a == null ? null : a.handler();
    }

    private static String key(String product, String action) {
        return product + "." + action;
    }
}
