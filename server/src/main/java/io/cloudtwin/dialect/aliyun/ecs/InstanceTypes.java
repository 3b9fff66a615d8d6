package io.cloudtwin.dialect.aliyun.ecs;

/** The vCPUs and memory of an instance type from its family and size (for types configuration adds to the catalog). */
final class InstanceTypes {

    private InstanceTypes() {}

    static String family(String type) {
        return type.substring(0, type.lastIndexOf('.'));
    }

    /** vCPUs and memory (MiB): size small 1, large 2, xlarge 4, Nxlarge 4N; families c 2, r 8, others 4 GiB per vCPU. */
    static int[] shape(String instanceType) {
        String[] parts = instanceType.split("\\.");
        String size = parts.length > 0 ? parts[parts.length - 1] : "";
        int cpu = switch (size) {
            case "small" -> 1;
            case "large" -> 2;
            case "xlarge" -> 4;
            default -> {
                if (size.endsWith("xlarge")) {
                    try {
                        yield 4 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
                    } catch (NumberFormatException e) {
                        yield 2;
                    }
                }
                yield 2;
            }
        };
        String family = parts.length > 1 ? parts[1] : "";
        int gibPerCpu = family.startsWith("c") ? 2 : family.startsWith("r") ? 8 : 4;
        return new int[] {cpu, cpu * gibPerCpu * 1024};
    }
}
