package io.incidentledger.app.packaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./ledger teams-package} and {@code ./ledger slack-manifest}: a plain main, no Spring context, run from the
 * app jar. Exit 0 with the file written, 1 with one line per problem and nothing written, 2 for a wrong call.
 */
public final class PackagingCommand {

    private PackagingCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("teams-package")) {
            System.exit(teams(Path.of(args[1]), args[2], args[3], Path.of(args[4])));
        } else if (args.length == 4 && args[0].equals("slack-manifest")) {
            System.exit(slack(Path.of(args[1]), args[2], Path.of(args[3])));
        }
        System.err.println("usage: teams-package <teams dir> <app id> <domain> <zip> | slack-manifest <manifest.yml> <url> <out>");
        System.exit(2);
    }

    static int teams(Path teamsDir, String appId, String domain, Path zip) throws Exception {
        var teams = new TeamsAppPackage(teamsDir);
        var manifest = teams.manifest(appId, domain);
        List<String> problems = teams.problems(manifest);
        if (!problems.isEmpty()) {
            System.err.println("The Teams package was not written; " + problems.size() + " problem(s) with "
                    + "manifest version " + manifest.path("manifestVersion").asText() + ":");
            problems.forEach(problem -> System.err.println("  " + problem));
            return 1;
        }
        teams.write(manifest, zip);
        System.out.println("wrote " + zip + " (manifest " + manifest.path("manifestVersion").asText() + ", app "
                + manifest.path("id").asText() + "): upload it in Teams → Apps → Manage your apps → Upload an app");
        return 0;
    }

    static int slack(Path template, String url, Path out) throws Exception {
        try {
            Files.writeString(out, SlackAppManifest.fill(template, url), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException refused) {
            System.err.println("The Slack manifest was not written: " + refused.getMessage());
            return 1;
        }
        System.out.println("wrote " + out + ": paste it at api.slack.com/apps → Create New App → From an app manifest");
        return 0;
    }
}
