using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// Chooses a (string, fret) for every note of a melody by dynamic programming (Viterbi) over hand positions. A state
/// is a string, a fret and the fret under the index finger (the hand covers four frets: finger = fret − hand + 1;
/// an open string leaves the hand where it is). Costs: moving the hand (a shift, plus its distance), skipping strings,
/// high positions, and, for easy arrangements, anything outside open position (frets 0–4), which open strings help
/// to avoid. Notes outside the instrument's range are moved by octaves into it.
/// </summary>
internal sealed class FretPlanner(Fretboard board, TabLevel level)
{
    private const int HandSpan = 4;

    private readonly record struct State(FretPosition Position, int Hand);

    /// <summary>Positions for <paramref name="pitches"/> (MIDI), in order; the pitch actually placed is
    /// <see cref="Fretboard.PitchAt"/> of each (it differs by octaves when a note was out of range).</summary>
    public IReadOnlyList<FretPosition> Plan(IReadOnlyList<int> pitches)
    {
        if (pitches.Count == 0) return [];
        var candidates = pitches.Select(p => States(board.FoldIntoRange(p))).ToList();
        var cost = new double[candidates[0].Count];
        for (var i = 0; i < cost.Length; i++) cost[i] = Unary(candidates[0][i]);
        var back = new List<int[]>();
        for (var k = 1; k < candidates.Count; k++)
        {
            var current = candidates[k];
            var previous = candidates[k - 1];
            var next = new double[current.Count];
            var from = new int[current.Count];
            for (var j = 0; j < current.Count; j++)
            {
                var best = double.MaxValue;
                var arg = 0;
                for (var i = 0; i < previous.Count; i++)
                {
                    var c = cost[i] + Transition(previous[i], current[j]);
                    if (c < best)
                    {
                        best = c;
                        arg = i;
                    }
                }
                next[j] = best + Unary(current[j]);
                from[j] = arg;
            }
            cost = next;
            back.Add(from);
        }
        var path = new int[candidates.Count];
        path[^1] = Array.IndexOf(cost, cost.Min());
        for (var k = candidates.Count - 1; k > 0; k--) path[k - 1] = back[k - 1][path[k]];
        return path.Select((state, k) => candidates[k][state].Position).ToList();
    }

    private List<State> States(int pitch)
    {
        var states = new List<State>();
        var maxHand = board.Frets - HandSpan + 1;
        foreach (var position in board.Positions(pitch))
        {
            if (position.Fret == 0)
                for (var hand = 1; hand <= maxHand; hand++) states.Add(new State(position, hand));
            else
                for (var hand = Math.Max(1, position.Fret - HandSpan + 1); hand <= Math.Min(position.Fret, maxHand); hand++)
                    states.Add(new State(position, hand));
        }
        return states;
    }

    private double Unary(State state)
    {
        var fret = state.Position.Fret;
        var cost = level switch
        {
            // Open position: the hand at the first fret, nothing above the fourth.
            TabLevel.Easy => (fret > 4 ? 6 + (fret - 4) : 0) + 1.5 * (state.Hand - 1) - (fret == 0 ? 0.3 : 0),
            TabLevel.Original => 0.08 * (state.Hand - 1) + (fret > 12 ? 0.5 * (fret - 12) : 0) - (fret == 0 ? 0.1 : 0),
            // Advanced: any position up the neck, no preference for open strings.
            _ => 0.06 * (state.Hand - 1) + (fret > 15 ? 0.5 * (fret - 15) : 0),
        };
        // The little finger is the weakest.
        if (fret > 0 && fret - state.Hand == HandSpan - 1) cost += 0.1;
        return cost;
    }

    private static double Transition(State from, State to)
    {
        var shift = Math.Abs(to.Hand - from.Hand);
        var cost = shift == 0 ? 0 : 1.0 + 0.5 * shift;
        cost += 0.3 * Math.Max(0, Math.Abs(to.Position.String - from.Position.String) - 1);
        return cost;
    }
}
