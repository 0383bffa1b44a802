# ch03_empirical_risk_zoom.gp, written by redes. Redraw ch03_empirical_risk_zoom.png from its data with: gnuplot ch03_empirical_risk_zoom.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch03_empirical_risk_zoom.png'
set datafile separator ','
set title 'Near the minimum: argmin R̂ for each M vs θ* = argmin R'
set xlabel 'θ (f(x; θ) = θx)'
set ylabel 'risk'
set grid
set key top center box opaque
set xrange [1.75:2.25]
set yrange [0.9823099655:1.566081104]
set clip two
plot 'ch03_empirical_risk_zoom.csv' index 0 using 1:2 with lines lw 3 lc rgb 'black' title 'R(θ) = E[J(f(X; θ))]', \
     'ch03_empirical_risk_zoom.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title 'R̂(θ), M = 10', \
     'ch03_empirical_risk_zoom.csv' index 2 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'R̂(θ), M = 100', \
     'ch03_empirical_risk_zoom.csv' index 3 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'R̂(θ), M = 10000', \
     'ch03_empirical_risk_zoom.csv' index 4 using 1:2 with lines dashtype 2 lw 1 lc rgb 'black' title '', \
     'ch03_empirical_risk_zoom.csv' index 5 using 1:2 with points pt 2 ps 2.5 lw 2 lc rgb 'black' title 'θ* = argmin R (risk minimiser)', \
     'ch03_empirical_risk_zoom.csv' index 6 using 1:2 with points pt 7 ps 1.5 lc rgb '#d62728' title 'argmin R̂, M = 10', \
     'ch03_empirical_risk_zoom.csv' index 7 using 1:2 with points pt 7 ps 1.5 lc rgb '#ff7f0e' title 'argmin R̂, M = 100', \
     'ch03_empirical_risk_zoom.csv' index 8 using 1:2 with points pt 7 ps 1.5 lc rgb '#1f77b4' title 'argmin R̂, M = 10000'
set output
