namespace MediaCreator.Modules.Video.Reframe;

/// <summary>A subject's centre and size in analysed-frame pixels.</summary>
internal readonly record struct SubjectBox(double CenterX, double CenterY, double Width, double Height)
{
    public static SubjectBox FromRect(OpenCvSharp.Rect r) => new(r.X + r.Width / 2.0, r.Y + r.Height / 2.0, r.Width, r.Height);

    public double Area => Width * Height;

    public double Overlap(SubjectBox o)
    {
        var w = Math.Min(CenterX + Width / 2, o.CenterX + o.Width / 2) - Math.Max(CenterX - Width / 2, o.CenterX - o.Width / 2);
        var h = Math.Min(CenterY + Height / 2, o.CenterY + o.Height / 2) - Math.Max(CenterY - Height / 2, o.CenterY - o.Height / 2);
        if (w <= 0 || h <= 0) return 0;
        return w * h / (Area + o.Area - w * h);
    }
}
