namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>One card of the deck: rank 1 (ace) .. 13 (king) of a suit, or a joker (rank 0, <see cref="Suit"/> null).</summary>
internal sealed record PlayingCard(int Rank, Suit? Suit, int JokerNumber = 0)
{
    public bool IsJoker => Suit is null;

    public string RankLabel => Rank switch { 1 => "A", 11 => "J", 12 => "Q", 13 => "K", _ => Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public string FileName => IsJoker ? $"JOKER-{JokerNumber}.png" : $"{RankLabel}{Suits.Letter(Suit!.Value)}.png";

    /// <summary>Ace to king for spades, hearts, diamonds, clubs, then the jokers.</summary>
    public static IReadOnlyList<PlayingCard> Deck(int jokers)
    {
        var cards = new List<PlayingCard>();
        foreach (var suit in Enum.GetValues<Suit>())
        {
            for (var rank = 1; rank <= 13; rank++) cards.Add(new PlayingCard(rank, suit));
        }
        for (var j = 1; j <= jokers; j++) cards.Add(new PlayingCard(0, null, j));
        return cards;
    }
}
