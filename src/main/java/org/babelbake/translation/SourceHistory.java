package org.babelbake.translation;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The git history of a site project's source files, read with JGit (no {@code git} program
 * needed): finds the revision of a file that a translation was stamped with.
 */
public final class SourceHistory implements AutoCloseable {
    private final Repository repository;
    private final Path workTree;

    private SourceHistory(Repository repository) {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** One committed version of a file. */
    public record Revision(String commit, Instant time, String text) {
        public String shortCommit() {
            return commit.substring(0, 7);
        }
    }

    /** The history of the repository the folder is in, or empty when it is in none (or it has no commit). */
    public static Optional<SourceHistory> open(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) return Optional.empty();
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare() || repository.resolve(Constants.HEAD) == null) {
                repository.close();
                return Optional.empty();
            }
            return Optional.of(new SourceHistory(repository));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The newest committed version of the file (from HEAD back) whose text passes the test. */
    public Optional<Revision> find(Path file, Predicate<String> wanted) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(workTree)) return Optional.empty();
        String path = workTree.relativize(absolute).toString().replace('\\', '/');
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            walk.markStart(walk.parseCommit(head));
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            for (RevCommit commit : walk) {
                try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (tree == null) continue;
                    String text = new String(repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                    if (wanted.test(text)) {
                        return Optional.of(new Revision(commit.getName(), Instant.ofEpochSecond(commit.getCommitTime()), text));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
