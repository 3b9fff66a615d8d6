package io.cloudtwin.launch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The layout of Spring Boot's {@code java -Djarmode=tools -jar cloudtwin.jar extract}, written by the launcher's own
 * JVM: the nested jars under {@code lib/}, and the application's classes in a jar of their own (the JVM maps classes
 * into an archive only from jar files) whose manifest starts the application with those jars on its class path, in
 * the fat jar's class path order. Doing it here spares a first start a second JVM and Spring Boot's tool (about 2 s
 * of the very first start; docs/performance.md). cloudtwin-junit's first start calls {@link #main} the same way, from
 * the server jar it runs, through a class loader of its own.
 */
public final class Extraction {
    /** Attributes of the fat jar that only its loader reads. */
    private static final Set<String> LOADER_ATTRIBUTES = Set.of("Main-Class", "Start-Class", "Spring-Boot-Classes",
            "Spring-Boot-Lib", "Spring-Boot-Classpath-Index", "Spring-Boot-Layers-Index");

    private Extraction() {}

    /** {@code fatJar destination}: what {@link #extract} does, for a caller outside this jar. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: Extraction <fat jar> <empty directory>");
        extract(Path.of(args[0]), Path.of(args[1]));
    }

    /** Writes the layout into {@code destination} (an empty directory); the application jar takes the fat jar's name. */
    static void extract(Path fatJar, Path destination) throws IOException {
        try (JarFile fat = new JarFile(fatJar.toFile())) {
            Attributes main = fat.getManifest().getMainAttributes();
            String classes = required(main, "Spring-Boot-Classes");
            String lib = required(main, "Spring-Boot-Lib");
            Set<String> libraries = new LinkedHashSet<>(classPathIndex(fat, main.getValue("Spring-Boot-Classpath-Index")));
            Path libDir = Files.createDirectories(destination.resolve("lib"));
            List<JarEntry> application = new ArrayList<>();
            for (Enumeration<JarEntry> e = fat.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.startsWith(lib) && !entry.isDirectory()) {
                    String file = name.substring(lib.length());
                    libraries.add(file);
                    try (InputStream in = fat.getInputStream(entry)) {
                        Files.copy(in, libDir.resolve(file));
                    }
                } else if ((name.startsWith(classes) && name.length() > classes.length()) || ownMetadata(name)) {
                    application.add(entry);
                }
            }
            Manifest manifest = new Manifest();
            Attributes out = manifest.getMainAttributes();
            main.forEach((k, v) -> {
                if (!LOADER_ATTRIBUTES.contains(k.toString())) out.put(k, v);
            });
            out.putValue("Main-Class", required(main, "Start-Class"));
            out.putValue("Class-Path", String.join(" ", libraries.stream().map(l -> "lib/" + l).toList()));
            // buffered: a zip stream writes each entry's header and data in many small pieces, and unbuffered each is
            // a system call (5,000 entries: 1.2 s against 0.3 s; docs/performance.md)
            try (OutputStream file = new BufferedOutputStream(
                            Files.newOutputStream(destination.resolve(fatJar.getFileName().toString())), 1 << 16);
                    JarOutputStream jar = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : application) {
                    String name = entry.getName();
                    if (entry.getSize() < 0 || entry.getCrc() < 0) throw new IOException("no size or CRC for " + name);
                    // stored as the fat jar's directory describes it: the size and CRC need no first pass
                    JarEntry copy = new JarEntry(name.startsWith(classes) ? name.substring(classes.length()) : name);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                    jar.putNextEntry(copy);
                    try (InputStream in = fat.getInputStream(entry)) {
                        in.transferTo(jar);
                    }
                    jar.closeEntry();
                }
            }
        }
    }

    /** The fat jar's own {@code META-INF} (Maven's and native-image's metadata), not its manifest or its loader's. */
    private static boolean ownMetadata(String name) {
        return name.startsWith("META-INF/") && !name.equals("META-INF/") && !name.equals(JarFile.MANIFEST_NAME)
                && !name.startsWith("META-INF/services/");
    }

    /** The nested jars' names in the order the fat jar puts them on its class path. */
    private static List<String> classPathIndex(JarFile fat, String index) throws IOException {
        List<String> names = new ArrayList<>();
        JarEntry entry = index == null ? null : fat.getJarEntry(index);
        if (entry == null) return names;
        try (InputStream in = fat.getInputStream(entry)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int open = line.indexOf('"');
                int close = line.lastIndexOf('"');
                if (open < 0 || close <= open) continue;
                String path = line.substring(open + 1, close);
                names.add(path.substring(path.lastIndexOf('/') + 1));
            }
        }
        return names;
    }

    private static String required(Attributes main, String name) throws IOException {
        String v = main.getValue(name);
        if (v == null || v.isBlank()) throw new IOException("the jar's manifest has no " + name);
        return v;
    }
}
