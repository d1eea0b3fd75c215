package org.w3id.spkg.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One invocation of {@link IngestBenchmark}: its options, and the table it fills row by row. */
record IngestRun(HarnessOptions o, HarnessTable table, Path csv) {

  void runAll() {
    Path work = o.path("--work", "target/bench");
    for (String s : o.list("--sizes", "100,1000")) {
      int docs = Integer.parseInt(s.trim());
      runSize(
          docs, work.resolve(docs + "-" + o.get("--variant", "default").replaceAll("\\W", "_")));
    }
  }

  private void runSize(int docs, Path dir) {
    String variant = o.get("--variant", "batch=" + o.get("--batch", "100"));
    IngestBenchmark.deleteFolder(dir);
    Path store = dir.resolve("store");
    Path adopted = adopted(docs);
    Path corpus;
    double seconds;
    double rss;
    double heap = -1;
    double load = -1;
    String started;
    if (adopted != null) {
      corpus = adopted.resolve("corpus");
      HarnessProcess.copyFolder(adopted.resolve("store"), store);
      String report = HarnessProcess.read(adopted.resolve("ingest.err"));
      seconds = IngestBenchmark.elapsedSeconds(report);
      rss = HarnessProcess.maxRssMiB(report);
      variant = variant + " (adopted)";
      started = "adopted from " + adopted;
    } else {
      corpus = corpus(docs, o.path("--work", "target/bench"));
      List<String> jvm = new ArrayList<>(o.all("--jvm-opt"));
      Path gcLog = dir.resolve("ingest-gc.log");
      jvm.add("-Xlog:gc:file=" + gcLog);
      List<String> cmd = spkg(jvm);
      cmd.addAll(
          List.of(
              "ingest",
              corpus.toString(),
              "--store",
              store.toString(),
              "--batch",
              o.get("--batch", "100")));
      load = HarnessConditions.load1();
      started = HarnessConditions.now();
      HarnessProcess.Result r = HarnessProcess.run(cmd, dir.resolve("ingest"));
      seconds = r.seconds();
      rss = r.maxRssMiB();
      heap = HarnessProcess.heapPeakMiB(gcLog);
    }
    double ingestDisk = HarnessProcess.diskMiB(store);
    Path nquads = dir.resolve("store.nq");
    List<String> export = spkg(o.all("--export-jvm-opt"));
    export.addAll(
        List.of(
            "export",
            "--store",
            store.toString(),
            "--format",
            "nquads",
            "--out",
            nquads.toString()));
    HarnessProcess.Result exported = HarnessProcess.run(export, dir.resolve("export"));
    long quads = IngestBenchmark.countLines(nquads);
    table.add(
        docs,
        "ingest",
        variant,
        seconds,
        rss,
        heap,
        quads,
        docs / seconds,
        quads / seconds,
        ingestDisk,
        load,
        started);
    if (o.flag("--no-floors")) {
      dropStore(store);
      return;
    }
    table.add(
        docs,
        "export",
        "nquads",
        exported.seconds(),
        exported.maxRssMiB(),
        -1.0,
        quads,
        docs / exported.seconds(),
        quads / exported.seconds(),
        -1.0,
        -1.0,
        "-");
    parseFloor(docs, corpus, quads);
    for (String loader : loaders(docs)) {
      Path loc = dir.resolve("load-" + loader);
      List<String> cmd = HarnessProcess.java(List.of(), classPath(), "tdb2.tdbloader");
      cmd.addAll(List.of("--loc", loc.toString(), "--loader=" + loader, nquads.toString()));
      step(docs, "load", loader, cmd, dir.resolve("load-" + loader), quads, loc);
      IngestBenchmark.deleteFolder(loc);
    }
    if (!o.flag("--no-compact")) {
      List<String> cmd = HarnessProcess.java(List.of(), classPath(), "tdb2.tdbcompact");
      cmd.addAll(List.of("--loc", store.toString(), "--deleteOld"));
      step(docs, "compact", "tdbcompact", cmd, dir.resolve("compact"), quads, store);
    }
    dropStore(store);
  }

  private void dropStore(Path store) {
    if (!o.flag("--keep-store")) {
      IngestBenchmark.deleteFolder(store);
    }
  }

  private record Step(double seconds, long quads) {}

  private Step step(
      int docs, String step, String variant, List<String> cmd, Path log, long quads, Path disk) {
    double load = HarnessConditions.load1();
    String started = HarnessConditions.now();
    HarnessProcess.Result r = HarnessProcess.run(cmd, log);
    long q = quads;
    table.add(
        docs,
        step,
        variant,
        r.seconds(),
        r.maxRssMiB(),
        -1.0,
        q,
        docs / r.seconds(),
        q / r.seconds(),
        disk == null ? -1.0 : HarnessProcess.diskMiB(disk),
        load,
        started);
    return new Step(r.seconds(), q);
  }

  private void parseFloor(int docs, Path corpus, long quads) {
    double load = HarnessConditions.load1();
    String started = HarnessConditions.now();
    List<Path> files = IngestParseFloor.markdownFiles(corpus);
    if (files.size() != docs) {
      throw new IllegalStateException(
          corpus + ": expected " + docs + " Markdown files, found " + files.size());
    }
    double seconds = IngestParseFloor.medianSeconds(files, o.integer("--parse-passes", 3));
    Runtime rt = Runtime.getRuntime();
    table.add(
        docs,
        "parse",
        "commonmark+yaml in-process",
        seconds,
        -1.0,
        (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024),
        quads,
        docs / seconds,
        quads / seconds,
        -1.0,
        load,
        started);
  }

  /**
   * Loaders for this size: all up to the threshold, then the fastest at the largest smaller size.
   */
  private List<String> loaders(int docs) {
    List<String> chosen = o.list("--loaders", String.join(",", IngestBenchmark.ALL_LOADERS));
    if (docs <= o.integer("--all-loaders-up-to", 1000)) {
      return chosen;
    }
    List<Map<String, String>> loads =
        HarnessTable.read(csv).stream()
            .filter(r -> r.get("step").equals("load"))
            .filter(r -> Integer.parseInt(r.get("docs")) < docs)
            .toList();
    if (loads.isEmpty()) {
      return chosen;
    }
    int below = loads.stream().mapToInt(r -> Integer.parseInt(r.get("docs"))).max().orElseThrow();
    return loads.stream()
        .filter(r -> Integer.parseInt(r.get("docs")) == below)
        .sorted(Comparator.comparingDouble(r -> Double.parseDouble(r.get("seconds"))))
        .map(r -> r.get("variant"))
        .limit(o.integer("--fastest", 1))
        .toList();
  }

  private Path adopted(int docs) {
    for (String a : o.all("--adopt")) {
      String[] parts = a.split("=", 2);
      if (Integer.parseInt(parts[0]) == docs) {
        return Path.of(parts[1]);
      }
    }
    return null;
  }

  /** The corpus of this size and seed, generated once (not timed) and kept in the work folder. */
  private Path corpus(int docs, Path work) {
    String seed = o.get("--seed", "1");
    Path corpus = work.resolve("corpus-" + docs + "-seed" + seed);
    if (!Files.exists(corpus.resolve("MANIFEST.tsv"))) {
      List<String> cmd = spkg(List.of());
      cmd.addAll(
          List.of(
              "bench",
              "corpus",
              "--docs",
              Integer.toString(docs),
              "--seed",
              seed,
              "--out",
              corpus.toString(),
              "--force"));
      HarnessProcess.run(cmd, work.resolve("corpus-" + docs + "-seed" + seed + "-gen"));
    }
    return corpus;
  }

  private List<String> spkg(List<String> jvmOptions) {
    List<String> opts = new ArrayList<>(jvmOptions);
    opts.add("-Dspkg.home=" + o.get("--spkg-home", System.getProperty("user.dir")));
    return HarnessProcess.java(opts, classPath(), "org.w3id.spkg.cli.SpkgCommand");
  }

  private String classPath() {
    return o.get("--spkg-jar", System.getProperty("java.class.path"));
  }
}
