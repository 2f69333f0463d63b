namespace MediaCreator.Modules.InputBrain.Ideas.Templates;

/// <summary>
/// One way to tell a topic (how-to, story, listicle...). Texts hold placeholders: {topic}, {Topic} (capitalised),
/// {audience}, {n}, {detail}, {detail2}, {seconds}; a step line also {i} and {item}.
/// </summary>
/// <param name="Cues">Words that, found in the owner's best topics or the tone, make this angle likelier.</param>
/// <param name="Steps">Repeated line for the middle beats (one per item).</param>
internal sealed record Angle(
    string Key,
    string Name,
    string[] Titles,
    string Hook,
    string[] Opening,
    string Steps,
    string[] Closing,
    string Why,
    string StyleLean,
    string MoodLean,
    string[] Cues);

/// <summary>The English and Thai texts of an angle.</summary>
internal sealed record AngleTexts(Angle English, Angle Thai)
{
    public string Key => English.Key;
    public Angle For(bool thai) => thai ? Thai : English;
}
