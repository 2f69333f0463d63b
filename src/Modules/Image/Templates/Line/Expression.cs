namespace MediaCreator.Modules.Image.Templates.Line;

/// <summary>The moods a set cycles through, each with a default caption.</summary>
internal enum Expression
{
    Happy,
    Love,
    Laugh,
    Wink,
    Surprised,
    Sad,
    Angry,
    Sleepy,
    Cry,
    Cool,
    Thinking,
    Ok,
}

internal static class Expressions
{
    public static string Caption(Expression e) => e switch
    {
        Expression.Happy => "Hi!",
        Expression.Love => "Love you",
        Expression.Laugh => "LOL",
        Expression.Wink => "Thanks!",
        Expression.Surprised => "Wow!",
        Expression.Sad => "Sorry...",
        Expression.Angry => "Hmph!",
        Expression.Sleepy => "Good night",
        Expression.Cry => "Nooo",
        Expression.Cool => "Cool",
        Expression.Thinking => "Hmm?",
        _ => "OK!",
    };

    public static Expression At(int index) => (Expression)(index % Enum.GetValues<Expression>().Length);
}
