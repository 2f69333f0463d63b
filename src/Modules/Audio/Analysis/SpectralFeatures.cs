namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// Frame features of the analysis signal, computed with two STFTs sized in seconds:
/// a short one (~46 ms window, ~11.6 ms hop) for onsets and timbre — a mel spectrogram in dB and its half-wave rectified
/// first difference (spectral flux, the onset strength envelope of Ellis 2007 / librosa) — and a long one (~186 ms window,
/// ~46 ms hop) for pitch: spectral peaks (parabolic interpolation) mapped to pitch classes after a global tuning estimate,
/// giving a chroma for the whole range and one for the bass range.
/// </summary>
internal sealed class SpectralFeatures
{
    public const int MelBands = 40;
    private const double MelLowHz = 30;
    private const double MelHighHz = 8000;
    private const double LowBandHz = 160;
    private const double ChromaLowHz = 55;
    private const double ChromaHighHz = 4200;
    private const double BassHighHz = 220;

    private SpectralFeatures() { }

    /// <summary>Onset envelope frames per second.</summary>
    public double OnsetRate { get; private init; }

    /// <summary>Onset strength (mean positive mel-dB flux) per short frame.</summary>
    public float[] Onset { get; private init; } = [];

    /// <summary>Onset strength of the bands below ~160 Hz (kick, bass) per short frame.</summary>
    public float[] LowOnset { get; private init; } = [];

    /// <summary>Mel band levels in dB, <c>[frame][band]</c>, short frames.</summary>
    public float[][] MelDb { get; private init; } = [];

    /// <summary>Chroma frames per second.</summary>
    public double ChromaRate { get; private init; }

    /// <summary>Pitch-class energy (C = 0) per long frame, linear amplitude.</summary>
    public float[][] Chroma { get; private init; } = [];

    /// <summary>Pitch-class energy of the bass range (below ~220 Hz) per long frame.</summary>
    public float[][] BassChroma { get; private init; } = [];

    /// <summary>Tuning offset in semitones (-0.5..0.5) relative to A4 = 440 Hz.</summary>
    public double Tuning { get; private init; }

    /// <summary>Time (seconds) of the centre of short frame <paramref name="frame"/>.</summary>
    public double OnsetTime(double frame) => frame / OnsetRate;

    public double ChromaTime(double frame) => frame / ChromaRate;

    public static SpectralFeatures Compute(float[] samples, int rate, bool needChroma, Action<double>? progress, CancellationToken ct)
    {
        var (onset, low, mel, onsetRate) = OnsetFeatures(samples, rate, p => progress?.Invoke(needChroma ? p * 0.5 : p), ct);
        float[][] chroma = [], bass = [];
        double chromaRate = 0, tuning = 0;
        if (needChroma) (chroma, bass, chromaRate, tuning) = ChromaFeatures(samples, rate, p => progress?.Invoke(0.5 + 0.5 * p), ct);
        return new SpectralFeatures
        {
            OnsetRate = onsetRate, Onset = onset, LowOnset = low, MelDb = mel,
            ChromaRate = chromaRate, Chroma = chroma, BassChroma = bass, Tuning = tuning,
        };
    }

    private static int FrameSizeFor(double seconds, int rate)
    {
        var size = 16;
        while (size < seconds * rate) size <<= 1;
        return size;
    }

    private static float[] HannWindow(int size)
    {
        var window = new float[size];
        for (var i = 0; i < size; i++) window[i] = (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * i / size));
        return window;
    }

    /// <summary>Copies the windowed frame centred on <paramref name="centre"/> (zeros outside the signal).</summary>
    private static void Frame(float[] samples, int centre, float[] window, float[] frame)
    {
        var start = centre - frame.Length / 2;
        if (start >= 0 && start + frame.Length <= samples.Length)
        {
            for (var i = 0; i < frame.Length; i++) frame[i] = samples[start + i] * window[i];
            return;
        }
        for (var i = 0; i < frame.Length; i++)
        {
            var n = start + i;
            frame[i] = n >= 0 && n < samples.Length ? samples[n] * window[i] : 0f;
        }
    }

    private static (float[] Onset, float[] Low, float[][] Mel, double Rate) OnsetFeatures(
        float[] samples, int rate, Action<double> progress, CancellationToken ct)
    {
        var size = FrameSizeFor(0.046, rate);
        var hop = Math.Max(1, (int)Math.Round(rate * 0.01161));
        var fft = new RealFft(size);
        var window = HannWindow(size);
        var frame = new float[size];
        var power = new float[fft.Bins];
        var (starts, weights) = MelFilterbank(size, rate);
        var lowBands = 0;
        while (lowBands < MelBands && MelCentre(lowBands, rate) < LowBandHz) lowBands++;
        lowBands = Math.Max(1, lowBands);

        var frames = samples.Length / hop + 1;
        var mel = new float[frames][];
        var peakDb = -100f;
        for (var t = 0; t < frames; t++)
        {
            if ((t & 255) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress((double)t / frames);
            }
            Frame(samples, t * hop, window, frame);
            fft.PowerSpectrum(frame, power);
            var bands = new float[MelBands];
            for (var b = 0; b < MelBands; b++)
            {
                var w = weights[b];
                var s = starts[b];
                var e = 0f;
                for (var i = 0; i < w.Length; i++) e += w[i] * power[s + i];
                var db = 10f * MathF.Log10(e + 1e-10f);
                bands[b] = db;
                if (db > peakDb) peakDb = db;
            }
            mel[t] = bands;
        }
        // Floor at 80 dB below the loudest band so silence does not produce flux.
        var floor = peakDb - 80f;
        foreach (var bands in mel)
            for (var b = 0; b < MelBands; b++) if (bands[b] < floor) bands[b] = floor;

        var onset = new float[frames];
        var low = new float[frames];
        for (var t = 1; t < frames; t++)
        {
            float sum = 0, lowSum = 0;
            var current = mel[t];
            var previous = mel[t - 1];
            for (var b = 0; b < MelBands; b++)
            {
                var d = current[b] - previous[b];
                if (d <= 0) continue;
                sum += d;
                if (b < lowBands) lowSum += d;
            }
            onset[t] = sum / MelBands;
            low[t] = lowSum / lowBands;
        }
        return (onset, low, mel, (double)rate / hop);
    }

    private static double HzToMel(double hz) => 2595 * Math.Log10(1 + hz / 700);

    private static double MelToHz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);

    private static double MelCentre(int band, int rate)
    {
        var high = Math.Min(MelHighHz, rate / 2.0);
        var lo = HzToMel(MelLowHz);
        var step = (HzToMel(high) - lo) / (MelBands + 1);
        return MelToHz(lo + step * (band + 1));
    }

    /// <summary>Triangular mel filters (area-normalised): the first bin and the weights of each band.</summary>
    private static (int[] Starts, float[][] Weights) MelFilterbank(int size, int rate)
    {
        var high = Math.Min(MelHighHz, rate / 2.0);
        var lo = HzToMel(MelLowHz);
        var step = (HzToMel(high) - lo) / (MelBands + 1);
        var binHz = (double)rate / size;
        var starts = new int[MelBands];
        var weights = new float[MelBands][];
        for (var b = 0; b < MelBands; b++)
        {
            var left = MelToHz(lo + step * b);
            var centre = MelToHz(lo + step * (b + 1));
            var right = MelToHz(lo + step * (b + 2));
            var first = (int)Math.Floor(left / binHz);
            var last = Math.Min(size / 2, (int)Math.Ceiling(right / binHz));
            var w = new float[last - first + 1];
            double total = 0;
            for (var k = first; k <= last; k++)
            {
                var f = k * binHz;
                var v = f <= centre ? (f - left) / (centre - left) : (right - f) / (right - centre);
                w[k - first] = (float)Math.Max(0, v);
                total += w[k - first];
            }
            if (total <= 0)
            {
                // Narrow low bands: the nearest bin.
                w = [1f];
                first = Math.Min(size / 2, (int)Math.Round(centre / binHz));
                total = 1;
            }
            for (var i = 0; i < w.Length; i++) w[i] = (float)(w[i] / total);
            starts[b] = first;
            weights[b] = w;
        }
        return (starts, weights);
    }

    private static (float[][] Chroma, float[][] Bass, double Rate, double Tuning) ChromaFeatures(
        float[] samples, int rate, Action<double> progress, CancellationToken ct)
    {
        var size = FrameSizeFor(0.18, rate);
        var hop = Math.Max(1, (int)Math.Round(rate * 0.0464));
        var fft = new RealFft(size);
        var window = HannWindow(size);
        var frame = new float[size];
        var power = new float[fft.Bins];
        var magnitude = new float[fft.Bins];
        var binHz = (double)rate / size;
        var firstBin = Math.Max(2, (int)Math.Floor(ChromaLowHz / binHz));
        var lastBin = Math.Min(fft.Bins - 2, (int)Math.Ceiling(Math.Min(ChromaHighHz, rate * 0.45) / binHz));
        var frames = samples.Length / hop + 1;

        // Pass 1: spectral peaks (frame, fractional pitch, amplitude).
        var peakFrame = new List<int>(frames * 32);
        var peakPitch = new List<float>(frames * 32);
        var peakAmp = new List<float>(frames * 32);
        for (var t = 0; t < frames; t++)
        {
            if ((t & 63) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress(0.9 * t / frames);
            }
            Frame(samples, t * hop, window, frame);
            fft.PowerSpectrum(frame, power);
            var max = 0f;
            for (var k = firstBin - 1; k <= lastBin + 1; k++)
            {
                magnitude[k] = MathF.Sqrt(power[k]);
                if (magnitude[k] > max) max = magnitude[k];
            }
            if (max <= 1e-6f) continue;
            var threshold = max * 0.01f; // 40 dB below the frame's strongest partial
            for (var k = firstBin; k <= lastBin; k++)
            {
                var m = magnitude[k];
                if (m < threshold || m <= magnitude[k - 1] || m < magnitude[k + 1]) continue;
                // Parabolic interpolation on log magnitude.
                var a = MathF.Log(magnitude[k - 1] + 1e-12f);
                var b = MathF.Log(m + 1e-12f);
                var c = MathF.Log(magnitude[k + 1] + 1e-12f);
                var denominator = a - 2 * b + c;
                var offset = denominator < 0 ? 0.5f * (a - c) / denominator : 0f;
                var hz = (k + offset) * binHz;
                peakFrame.Add(t);
                peakPitch.Add((float)(69 + 12 * Math.Log2(hz / 440)));
                peakAmp.Add(m);
            }
        }

        // Tuning: the amplitude-weighted circular mean of the peaks' deviation from equal temperament.
        double sx = 0, sy = 0;
        for (var i = 0; i < peakPitch.Count; i++)
        {
            var angle = 2 * Math.PI * (peakPitch[i] - Math.Round(peakPitch[i]));
            sx += peakAmp[i] * Math.Cos(angle);
            sy += peakAmp[i] * Math.Sin(angle);
        }
        var tuning = sx == 0 && sy == 0 ? 0 : Math.Atan2(sy, sx) / (2 * Math.PI);

        // Pass 2: each peak adds to its nearest pitch class, weighted down as it strays from the semitone centre.
        var chroma = new float[frames][];
        var bass = new float[frames][];
        for (var t = 0; t < frames; t++)
        {
            chroma[t] = new float[12];
            bass[t] = new float[12];
        }
        var bassPitch = 69 + 12 * Math.Log2(BassHighHz / 440);
        for (var i = 0; i < peakPitch.Count; i++)
        {
            var p = peakPitch[i] - tuning;
            var nearest = Math.Round(p);
            var d = Math.Abs(p - nearest);
            if (d >= 0.4) continue;
            var w = (float)(peakAmp[i] * Math.Cos(Math.PI * d / 0.8) * Math.Cos(Math.PI * d / 0.8));
            var pc = (((int)nearest % 12) + 12) % 12;
            chroma[peakFrame[i]][pc] += w;
            if (p < bassPitch) bass[peakFrame[i]][pc] += w;
        }
        progress(1);
        return (chroma, bass, (double)rate / hop, tuning);
    }
}
