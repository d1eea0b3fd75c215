package org.w3id.spkg.packs;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.ProjectFolders;

/**
 * The query packs of a {@code queries/} folder: one pack per sub-folder, one query per {@code
 * {nn}-{slug}.rq} file. Every file is read and checked at once, so a broken header or query is
 * reported (file and line) before anything runs.
 *
 * <pre>{@code
 * QueryPacks packs = QueryPacks.read(ProjectFolders.locate("queries"));
 * PackQuery q = packs.query("partnerships/01-members-of-partnership");
 * }</pre>
 */
public final class QueryPacks {

  private static final Pattern PACK_HEADING = Pattern.compile("#\\s+Pack\\s+`[^`]*`:\\s*(.*)");

  private final Path folder;
  private final List<Pack> packs;

  private QueryPacks(Path folder, List<Pack> packs) {
    this.folder = folder;
    this.packs = List.copyOf(packs);
  }

  /** The packs shipped with spkg: {@code queries/} of the checkout, else of the jar. */
  public static QueryPacks bundled() {
    return read(ProjectFolders.locate("queries"));
  }

  /**
   * Reads every pack below {@code folder}.
   *
   * @throws InputException naming the file (and line) of the first problem
   */
  public static QueryPacks read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder.toString(), "no such folder of query packs");
    }
    List<Pack> packs = new ArrayList<>();
    for (Path packFolder : ProjectFiles.list(folder, Files::isDirectory)) {
      String name = name(packFolder);
      List<PackQuery> queries = new ArrayList<>();
      for (Path file :
          ProjectFiles.list(packFolder, p -> name(p).endsWith(".rq") && Files.isRegularFile(p))) {
        String source = name + "/" + name(file);
        if (!PackQuery.FILE_NAME.matcher(name(file)).matches()) {
          throw new InputException(
              source,
              "a pack query is named {nn}-{slug}.rq (two digits, then lowercase words joined by"
                  + " '-'); rename the file");
        }
        queries.add(PackQuery.parse(name, file, source, read(file, source)));
      }
      if (!queries.isEmpty()) {
        Path standIn = packFolder.resolve(Pack.STAND_IN);
        packs.add(
            new Pack(
                name,
                title(packFolder),
                packFolder,
                queries,
                Files.isRegularFile(standIn) ? Optional.of(standIn) : Optional.empty()));
      }
    }
    return new QueryPacks(folder, packs);
  }

  public Path folder() {
    return folder;
  }

  public List<Pack> packs() {
    return packs;
  }

  public Optional<Pack> pack(String name) {
    return packs.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The pack {@code name}.
   *
   * @throws InputException listing the packs if there is none of that name
   */
  public Pack requirePack(String name) {
    return pack(name)
        .orElseThrow(
            () ->
                new InputException(
                    name,
                    "no such pack; the packs are "
                        + packs.stream().map(Pack::name).collect(Collectors.joining(", "))));
  }

  /**
   * The query {@code pack/name} ({@code .rq} optional).
   *
   * @throws InputException listing what there is if there is no such query
   */
  public PackQuery query(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) {
      throw new InputException(id, "name a query as PACK/QUERY, like partnerships/01-members");
    }
    Pack pack = requirePack(id.substring(0, slash));
    String wanted = id.substring(slash + 1);
    return pack.query(wanted)
        .or(() -> uniquePrefix(pack, wanted))
        .orElseThrow(
            () ->
                new InputException(
                    id,
                    "no such query; the pack's queries are "
                        + pack.queries().stream()
                            .map(PackQuery::name)
                            .collect(Collectors.joining(", "))));
  }

  /** {@code partnerships/01} finds {@code 01-members-of-partnership} when only one starts so. */
  private static Optional<PackQuery> uniquePrefix(Pack pack, String prefix) {
    List<PackQuery> found =
        pack.queries().stream().filter(q -> q.name().startsWith(prefix + "-")).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The README's first heading without its "Pack `name`:" start, or "" without a README. */
  private static String title(Path pack) {
    Path readme = pack.resolve("README.md");
    if (!Files.isRegularFile(readme)) {
      return "";
    }
    String heading =
        read(readme, readme.toString())
            .lines()
            .filter(l -> l.startsWith("# "))
            .findFirst()
            .orElse("");
    Matcher m = PACK_HEADING.matcher(heading);
    return m.matches() ? m.group(1).strip() : heading.replaceAll("^#\\s*|`", "").strip();
  }

  private static String read(Path file, String source) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new InputException(source, "not UTF-8 text; save the file as UTF-8");
    } catch (IOException e) {
      throw new InputException(
          source, InputException.UNKNOWN, InputException.UNKNOWN, "cannot read: " + e, e);
    }
  }

  /** A file or folder name; folders in a jar end with "/". */
  static String name(Path path) {
    return path.getFileName().toString().replaceAll("/$", "");
  }
}
