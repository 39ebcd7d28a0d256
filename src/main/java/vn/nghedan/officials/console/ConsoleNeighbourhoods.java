package vn.nghedan.officials.console;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Residents;

/**
 * The neighbourhoods page: each khóm with how many residents use the bot and how many of them
 * the bot can no longer reach (they blocked it), so the head knows whom to tell in person
 * (counted by the resident module).
 */
@Service
class ConsoleNeighbourhoods {

    private final Neighbourhoods neighbourhoods;
    private final ConsoleBotLinks links;
    private final Residents residents;
    private final ChatAddresses addresses;

    ConsoleNeighbourhoods(
            Neighbourhoods neighbourhoods, ConsoleBotLinks links, Residents residents, ChatAddresses addresses) {
        this.neighbourhoods = neighbourhoods;
        this.links = links;
        this.residents = residents;
        this.addresses = addresses;
    }

    /**
     * A resident Zalo will not let the ward write to (silent for 7 days, or no longer following the
     * ward's account), to be told in person.
     */
    record Unreachable(String name, String khom, String channel, java.time.Instant since, boolean unfollowed) {}

    /** The residents of this official's khóm whom their channel lets the ward write to no more. */
    List<Unreachable> outOfWindow(OfficialUser reader) {
        List<Unreachable> found = new java.util.ArrayList<>();
        for (ChatAddresses.OutOfWindow o : addresses.outOfWindow()) {
            if (o.residentId() == null) {
                continue;
            }
            residents
                    .byId(o.residentId())
                    .filter(r -> r.getNeighbourhoodCode() != null && reader.sees(r.getNeighbourhoodCode()))
                    .ifPresent(r -> found.add(new Unreachable(
                            o.displayName() == null || o.displayName().isBlank() ? "—" : o.displayName(),
                            neighbourhoods.nameOf(r.getNeighbourhoodCode()),
                            o.messenger().name(),
                            o.since(),
                            o.barrier() == ChatAddresses.Barrier.UNFOLLOWED)));
        }
        return found;
    }

    /**
     * @param residents residents who accepted the data notice and were not forgotten
     * @param unreachable of those, the ones the bot could not deliver to (blocked or deleted the chat)
     * @param qrPath the deep link's QR code as an SVG path, for the preview
     */
    record Row(Neighbourhood neighbourhood, long residents, long unreachable, String link, String qrPath, int qrSize) {}

    List<Row> list(OfficialUser reader) {
        Map<String, Residents.Reach> counts = residents.reachByNeighbourhood();
        return neighbourhoods.all().stream()
                .filter(n -> reader.sees(n.code()))
                .map(n -> {
                    Residents.Reach c = counts.getOrDefault(n.code(), Residents.Reach.NONE);
                    String link = links.startLink(n);
                    ConsoleQrCode qr = ConsoleQrCode.of(link);
                    return new Row(n, c.residents(), c.unreachable(), link, qr.svgPath(), qr.size());
                })
                .toList();
    }

    /** A neighbourhood this official works with; others are not found. */
    Neighbourhood visible(String code, OfficialUser reader) {
        return neighbourhoods
                .byCode(code)
                .filter(n -> reader.sees(n.code()))
                .orElseThrow(() -> new NotFoundException("No neighbourhood " + code));
    }
}
