// Video benches: our edit/export jobs against the equivalent hand-written ffmpeg command in the same run.
Console.WriteLine("MediaCreator.Bench.Video");
