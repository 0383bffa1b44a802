# ch16_effective_rate.gp, written by redes. Redraw ch16_effective_rate.png from its data with: gnuplot ch16_effective_rate.gp
set encoding utf8
set terminal pngcairo size 1000,560 enhanced font 'DejaVu Sans,11'
set output 'ch16_effective_rate.png'
set datafile separator ','
set title 'Per-coordinate rates on the ravine: AdaGrad''s only shrinks, RMSProp''s recovers'
set xlabel 'step k'
set ylabel 'effective rate (factor of g_k)'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch16_effective_rate.csv' index 0 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'AdaGrad η/(δ + √r), θ₁', \
     'ch16_effective_rate.csv' index 1 using 1:2 with lines lw 2 dashtype 2 lc rgb '#2ca02c' title 'AdaGrad η/(δ + √r), θ₂', \
     'ch16_effective_rate.csv' index 2 using 1:2 with lines lw 2 lc rgb '#9467bd' title 'RMSProp η/√(δ + r), θ₁', \
     'ch16_effective_rate.csv' index 3 using 1:2 with lines lw 2 dashtype 2 lc rgb '#9467bd' title 'RMSProp η/√(δ + r), θ₂', \
     'ch16_effective_rate.csv' index 4 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'Adam η/(δ + √r̂), θ₁ (factor of ŝ)', \
     'ch16_effective_rate.csv' index 5 using 1:2 with lines lw 2 dashtype 2 lc rgb '#ff7f0e' title 'Adam η/(δ + √r̂), θ₂ (factor of ŝ)'
set output
