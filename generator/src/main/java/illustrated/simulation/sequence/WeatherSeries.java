package illustrated.simulation.sequence;

import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.Random;

/**
 * A synthetic 4-channel weather record, the article's example of sequence data x(t) ∈ ℝ⁴:
 * temperature (°C), pressure (hPa), relative humidity (%) and wind speed (m/s), one sample every
 * {@code stepMinutes} minutes for {@code hours} hours. A daily temperature cycle, a low-pressure
 * front passing at {@code frontHour} (pressure dips, wind and humidity rise, temperature drops) and
 * autocorrelated noise. Not real measurements: a stand-in with the right look and coupling.
 *
 * <p>Series {@code temperature}, {@code pressure}, {@code humidity}, {@code wind}; x in hours.
 */
public final class WeatherSeries implements Simulation<WeatherSeries.Params> {
    public record Params(int hours, int stepMinutes, double frontHour) {
        public Params {
            if (hours <= 0 || stepMinutes <= 0 || (60 % stepMinutes) != 0) {
                throw new IllegalArgumentException("need hours > 0 and a step that divides an hour, got " + hours
                        + " h and " + stepMinutes + " min");
            }
        }

        /** Number of samples: hours × samples per hour (a 96-hour record at 10 minutes: 576). */
        public int steps() {
            return hours * (60 / stepMinutes);
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        int n = p.steps();
        Random rng = new Random(seed);
        double[] hour = new double[n];
        double[] temp = new double[n];
        double[] pres = new double[n];
        double[] hum = new double[n];
        double[] wind = new double[n];
        double dt = p.stepMinutes() / 60.0;
        double tNoise = 0;
        double pNoise = 0;
        double hNoise = 0;
        double wNoise = 0;
        double keep = StrictMath.exp(-dt / 1.5); // AR(1) noise with a 1.5-hour memory
        double fresh = Math.sqrt(1 - keep * keep);
        for (int i = 0; i < n; i++) {
            double h = i * dt;
            hour[i] = h;
            double front = StrictMath.exp(-0.5 * StrictMath.pow((h - p.frontHour()) / 6.0, 2)); // bump around the front
            double after = 1 / (1 + StrictMath.exp(-(h - p.frontHour()) / 3.0));        // 0 before, 1 after
            tNoise = keep * tNoise + fresh * rng.nextGaussian();
            pNoise = keep * pNoise + fresh * rng.nextGaussian();
            hNoise = keep * hNoise + fresh * rng.nextGaussian();
            wNoise = keep * wNoise + fresh * rng.nextGaussian();
            double daily = StrictMath.sin(2 * Math.PI * (h - 9) / 24.0); // warmest mid-afternoon
            temp[i] = 14 + 5.5 * daily - 5 * after + 0.6 * tNoise;
            pres[i] = 1014 - 0.04 * h - 13 * front + 4 * after + 0.4 * pNoise;
            hum[i] = clamp(68 - 12 * daily + 22 * front + 4 * hNoise, 15, 100);
            wind[i] = Math.max(0, 3 + 9 * front + 1.5 * after + 1.2 * Math.abs(wNoise) + 0.8 * wNoise);
        }
        return Dataset.builder()
                .series(new Series("temperature", hour, temp))
                .series(new Series("pressure", hour, pres))
                .series(new Series("humidity", hour, hum))
                .series(new Series("wind", hour, wind))
                .value("steps-96h", Value.integer(p.steps()))
                .value("channels", Value.integer(4))
                .value("step-minutes", Value.integer(p.stepMinutes()))
                .value("hours", Value.integer(p.hours()))
                .build();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
