namespace StaticNews.Corpus;

/// <summary>
/// A kind of news event for <see cref="ShortNewsGenerator"/>: its desk and topic tag, headline and sentence patterns, and
/// the details one event of this kind picks from ("warehouse", "chemical"), which its follow-ups repeat. Patterns name
/// {person}, {place} and {detail}, and {n} for a number.
/// </summary>
public sealed record ShortNewsKind(string Section, string Tag, string[] Headlines, string[] Sentences, string[] Details)
{
    public static readonly ShortNewsKind[] All =
    [
        new("world", "fires",
            ["Fire at {detail} site in {place} forces evacuations", "{place} {detail} fire brought under control", "Investigators examine cause of {place} {detail} fire", "{person} visits scene of {place} fire"],
            ["Firefighters in {place} worked through the night to contain a blaze at a {detail} site, {person} said.", "About {n} residents near the {detail} site were told to keep windows closed as smoke drifted over {place}.", "{person} said the fire at the {detail} site in {place} was under control by morning.", "Investigators in {place} said the {detail} fire may have started in a storage unit.", "The {detail} site in {place} will stay closed while inspectors check the damage, {person} said."],
            ["warehouse", "chemical", "sawmill", "recycling", "fuel depot", "timber yard", "tyre", "paint"]),
        new("world", "weather",
            ["Flooding cuts roads around {place}", "{place} clears up after {detail} floods", "{person} promises help for flooded {place}", "Rivers near {place} expected to peak"],
            ["Heavy rain flooded the {detail} district of {place}, cutting {n} roads, {person} said.", "Residents of the {detail} district in {place} spent the night in a school hall as the water rose.", "{person} said repairs to the {detail} embankment in {place} would take weeks.", "The river through the {detail} district of {place} was expected to peak on Thursday.", "Insurers began visiting homes in the {detail} district of {place} after the floods."],
            ["harbour", "market", "riverside", "old town", "mill", "station", "meadow", "canal"]),
        new("politics", "elections",
            ["{person} wins {place} by-election", "{place} by-election race tightens", "{person} launches {place} campaign on {detail}", "Turnout falls in {place} vote"],
            ["{person} made {detail} the centre of the by-election campaign in {place}, promising a review within a year.", "Polls in {place} put {person} narrowly ahead, with {detail} the issue voters raised most.", "Voters in {place} go to the polls on Thursday after a campaign dominated by {detail}.", "{person} won the {place} by-election by {n} votes after a recount.", "Turnout in {place} fell to {n} percent, the lowest in a decade, despite the row over {detail}."],
            ["housing", "hospital", "bus routes", "bypass", "schools", "ferry fares", "rents", "pensions"]),
        new("politics", "budget",
            ["{person} sets out {detail} spending plan", "Council in {place} approves {detail} cuts", "{person} defends {detail} budget", "{place} protest over {detail} cuts"],
            ["{person} said the {detail} budget for {place} would rise by {n} million over three years.", "Councillors in {place} voted to cut the {detail} budget after a long debate.", "{person} defended the {detail} plan against critics who said {place} would lose out.", "Hundreds marched in {place} against cuts to {detail} spending.", "The {detail} plan for {place} faces a final vote next month, {person} said."],
            ["libraries", "road repairs", "youth clubs", "parks", "care homes", "street lighting", "swimming pools", "museums"]),
        new("business", "labour",
            ["Workers at {place} {detail} plant vote to strike", "{place} {detail} strike enters second week", "{person} calls for talks in {place} {detail} dispute", "{place} {detail} strike ends with pay deal"],
            ["Workers at the {detail} plant in {place} voted to strike over pay, the union said.", "{person} urged both sides in the {place} {detail} dispute to return to talks.", "The strike at the {detail} plant in {place} has halted output for {n} days.", "Managers at the {detail} plant in {place} offered a {n} percent rise, which the union rejected.", "The {detail} strike in {place} ended after workers accepted a new pay offer, {person} said."],
            ["bottling", "steel", "bakery", "packaging", "cable", "brick", "glass", "dairy"]),
        new("business", "companies",
            ["{place} {detail} maker to cut jobs", "{person} named chief of {place} {detail} firm", "{place} {detail} firm wins export order", "{detail} firm in {place} posts loss"],
            ["The {detail} maker based in {place} said it would cut {n} jobs as orders fell.", "{person} will lead the {detail} firm in {place} from January, the board said.", "The {place} {detail} firm won an order worth {n} million from overseas buyers.", "The {detail} company in {place} reported a loss for the year, blaming costs.", "Shares in the {place} {detail} firm rose after {person} set out a recovery plan."],
            ["furniture", "bicycle", "boat", "printing", "pharmacy", "battery", "textile", "biscuit"]),
        new("science", "health",
            ["{detail} cases rise in {place}", "{place} hospital opens {detail} clinic", "{person} warns of {detail} outbreak in {place}", "{detail} outbreak in {place} slows"],
            ["Doctors in {place} reported {n} new cases of {detail} this week, {person} said.", "The hospital in {place} opened a clinic for patients with {detail} after a rise in cases.", "{person} urged parents in {place} to watch for signs of {detail}.", "Cases of {detail} in {place} fell for the first time in a month.", "Health officials traced the {detail} outbreak in {place} to a single school."],
            ["measles", "norovirus", "whooping cough", "scarlet fever", "legionella", "mumps", "salmonella", "hepatitis"]),
        new("science", "research",
            ["{place} team finds {detail} clue", "{person} leads {detail} study in {place}", "{detail} trial in {place} reports results", "Funding boost for {place} {detail} lab"],
            ["Researchers in {place} said they had found a new clue to how {detail} forms, {person} said.", "{person} will lead a {n}-year study of {detail} at the university in {place}.", "The {detail} trial in {place} met its main goal, its scientists reported.", "The {detail} laboratory in {place} received {n} million in new funding.", "Scientists in {place} said the {detail} results would be published next year."],
            ["sea ice", "coral", "soil bacteria", "bird migration", "volcanic ash", "bee decline", "tidal power", "dark matter"]),
        new("culture", "arts",
            ["{place} {detail} festival opens", "{person} to direct {place} {detail} festival", "{place} {detail} festival draws record crowds", "{detail} festival in {place} cancelled for rain"],
            ["The {detail} festival in {place} opened with {n} events over four days.", "{person} was named director of the {detail} festival in {place}.", "Organisers of the {place} {detail} festival said {n} people attended.", "Heavy rain forced the {detail} festival in {place} to cancel its final day.", "{person} said the {detail} festival would return to {place} next summer."],
            ["jazz", "film", "folk music", "poetry", "puppet", "street theatre", "comics", "choir"]),
        new("culture", "heritage",
            ["{place} {detail} reopens after repairs", "{person} backs plan to save {place} {detail}", "{place} {detail} closes for restoration", "Funding found for {place} {detail}"],
            ["The {detail} in {place} reopened after {n} months of repairs, {person} said.", "{person} backed a campaign to save the {detail} in {place} from demolition.", "The {detail} in {place} will close for restoration from next week.", "A grant of {n} thousand will pay for repairs to the {detail} in {place}.", "Visitors queued to see the restored {detail} in {place}."],
            ["lighthouse", "windmill", "town hall", "bandstand", "cinema", "pier", "chapel", "theatre"]),
        new("sport", "football",
            ["{place} United reach {detail} final", "{person} scores twice as {place} win {detail} tie", "{place} manager {person} sacked after {detail} exit", "{place} fans celebrate {detail} win"],
            ["{place} United beat their rivals {n}-1 to reach the {detail} final, with {person} scoring the winner.", "{person} scored twice as {place} won the {detail} tie in front of a full stadium.", "{place} dismissed {person} after the club went out of the {detail} in the first round.", "Thousands of {place} fans lined the streets after the {detail} win.", "{place} will play the {detail} final away from home, {person} said."],
            ["cup", "league cup", "shield", "trophy", "playoff", "county cup", "youth cup", "women's cup"]),
        new("sport", "athletics",
            ["{person} breaks {detail} record in {place}", "{place} marathon won by {person}", "{person} out of {detail} with injury", "{place} to host {detail} championships"],
            ["{person} broke the national {detail} record at the meeting in {place}.", "{person} won the {place} marathon in a time of two hours and {n} minutes.", "{person} withdrew from the {detail} in {place} with a hamstring injury.", "{place} will host the {detail} championships next summer, organisers said.", "Crowds of {n} thousand watched the {detail} races in {place}."],
            ["800 metres", "high jump", "hurdles", "relay", "steeplechase", "long jump", "javelin", "10,000 metres"]),
    ];
}
