# ch12_risk_over_seeds.gp, written by redes. Redraw ch12_risk_over_seeds.png from its data with: gnuplot ch12_risk_over_seeds.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch12_risk_over_seeds.png'
set datafile separator ','
set title 'The risk is not convex: final R̂ of the XOR training over random starts'
set xlabel 'rank of the run, final R̂ sorted (fraction of the 200 starts)'
set ylabel 'R̂(θ_K) after K = 1000 steps'
set grid
set key bottom right box opaque
set logscale y
set format y '10^{%L}'
set yrange [7.656357308e-29:10]
plot 'ch12_risk_over_seeds.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728' title 'N_1 = 2 hidden units', \
     'ch12_risk_over_seeds.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#1f77b4' title 'N_1 = 4 hidden units', \
     'ch12_risk_over_seeds.csv' index 2 using 1:2 with lines dashtype 2 lw 1.5 lc rgb 'black' title 'R̂ = 1/4: f ≡ ½, the best linear fit'
set output
