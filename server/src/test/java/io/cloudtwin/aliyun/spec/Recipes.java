package io.cloudtwin.aliyun.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/**
 * The conformance fixtures: for every served Aliyun action, how to make one successful call (creating what it needs
 * first) and, optionally, calls that must fail with a given code. Recipes come from every RecipeBook class under
 * io.cloudtwin in the test sources (found by classpath scan), so each helper keeps its own book in its own file.
 * The conformance test fails for a served action without a recipe.
 */
public final class Recipes {
    /** Prepares what the call needs and returns its parameters (without Action/Version/Format). */
    @FunctionalInterface
    public interface Recipe extends Function<AliyunApi, Map<String, String>> {}

    /** A book of recipes; implement with a public no-argument constructor anywhere under io.cloudtwin (test). */
    public interface RecipeBook {
        void register(Recipes recipes);
    }

    public record Failure(String code, Recipe recipe) {}

    public static final class Entry {
        final String product;
        final String action;
        final Recipe success;
        final List<Failure> failures = new ArrayList<>();

        Entry(String product, String action, Recipe success) {
            this.product = product;
            this.action = action;
            this.success = success;
        }

        /** A call that must answer code (which must be documented for the action, or common). */
        public Entry fails(String code, Recipe recipe) {
            failures.add(new Failure(code, recipe));
            return this;
        }

        public String product() {
            return product;
        }

        public String action() {
            return action;
        }

        public Recipe success() {
            return success;
        }

        public List<Failure> failures() {
            return failures;
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    public Entry ecs(String action, Recipe success) {
        return add(AliyunSpecs.ECS, action, success);
    }

    public Entry vpc(String action, Recipe success) {
        return add(AliyunSpecs.VPC, action, success);
    }

    public Entry slb(String action, Recipe success) {
        return add(AliyunSpecs.SLB, action, success);
    }

    /** A recipe for an action of any product, by the product's name as the cloud spells it (BssOpenApi, Sts). */
    public Entry of(String product, String action, Recipe success) {
        return add(product, action, success);
    }

    private Entry add(String product, String action, Recipe success) {
        Entry e = new Entry(product, action, success);
        if (entries.put(product + "." + action, e) != null) throw new IllegalStateException("two recipes for " + product + "." + action);
        return e;
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** Every recipe of every RecipeBook in the test classpath. */
    public static Recipes all() {
        Recipes recipes = new Recipes();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RecipeBook.class));
        for (var candidate : scanner.findCandidateComponents("io.cloudtwin")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                ((RecipeBook) type.getDeclaredConstructor().newInstance()).register(recipes);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load recipe book " + candidate.getBeanClassName(), e);
            }
        }
        recipes.aliases(new AliyunSpecs());
        return recipes;
    }

    /**
     * An alias without a recipe of its own (ProductSpec.aliases) takes the recipe of the action that serves it: the
     * same request, whose answer must then fit the alias's own schema.
     */
    private void aliases(AliyunSpecs specs) {
        for (var product : specs.all()) {
            product.aliases().forEach((action, servedBy) -> {
                Entry served = entries.get(servedBy + "." + action);
                if (served != null && !entries.containsKey(product.name() + "." + action)) {
                    add(product.name(), action, served.success());
                }
            });
        }
    }
}
